// After the consumer's build: the README's test class ran the whole kit against the embedded fake, every rule
// passed and none was skipped, and what a user's IDE reads beside each module (-sources, -javadoc) was staged.
// Variables from the invoker: basedir (this project, cloned), localRepositoryPath (target/it-repo),
// rulesFile and parleyVersion (from the pom).
import javax.xml.parsers.DocumentBuilderFactory

def rules = (new File(rulesFile).text =~ /(?m)^(\d+) rules: /)
assert rules.find() : "${rulesFile} states its rule count"
int ruleCount = rules.group(1) as int

File report = new File(basedir, 'target/surefire-reports/TEST-MyClientTckTest.xml')
assert report.isFile() : "Surefire ran the README's MyClientTckTest (no ${report})"
def suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
def count = { String name -> suite.getAttribute(name) as int }
assert count('failures') == 0 && count('errors') == 0 :
        "the kit's rules all pass against the fake: ${count('failures')} failed, ${count('errors')} errors (see build.log)"
assert count('skipped') == 0 :
        "no rule is skipped against the fake, yet ${count('skipped')} were (their reasons are in build.log)"
assert count('tests') == ruleCount : "the consumer ran ${count('tests')} tests, the kit has ${ruleCount} rules"

String classPath = suite.getElementsByTagName('property').with { props ->
    (0..<props.length).collect { props.item(it) }.find { it.getAttribute('name') == 'surefire.test.class.path' }
}?.getAttribute('value')
assert classPath : "the Surefire report records the test class path"
def parleyEntries = classPath.split(File.pathSeparator).findAll { new File(it).name.startsWith('conversation-') }
assert parleyEntries.size() >= 6 : "Parley's modules are on the consumer's class path: ${parleyEntries}"
String stagedRoot = localRepositoryPath.canonicalPath
parleyEntries.each { assert new File(it).canonicalPath.startsWith(stagedRoot) && it.endsWith('.jar') :
        "${it} comes from the staged repository ${stagedRoot}, not from the reactor's folders" }

String summary = "Parley kit, MyClientTckTest: ${ruleCount} rules, ${ruleCount} passed, 0 failed, 0 skipped"
assert new File(basedir, 'build.log').text.contains(summary) : "build.log prints the kit's summary: ${summary}"

// The BOM names the published modules; each must be staged with its POM, its jar, its sources and its Javadoc.
String version = parleyVersion
File parley = new File(localRepositoryPath, 'dev/parley')
File bom = new File(parley, "conversation-bom/${version}/conversation-bom-${version}.pom")
assert bom.isFile() : "the BOM was staged: ${bom}"
assert new File(parley, "conversation-parent/${version}/conversation-parent-${version}.pom").isFile() :
        "the parent POM the modules inherit their versions from was staged"
def managed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(bom)
        .getElementsByTagName('dependencyManagement').item(0).getElementsByTagName('artifactId')
def modules = (0..<managed.length).collect { managed.item(it).textContent.trim() }
assert modules.size() >= 6 : "the BOM lists the published modules: ${modules}"
for (String module : modules) {
    for (String suffix : ['.pom', '.jar', '-sources.jar', '-javadoc.jar']) {
        File staged = new File(parley, "${module}/${version}/${module}-${version}${suffix}")
        assert staged.isFile() && staged.length() > 0 : "${staged} was staged for the consumer"
    }
}
return true
