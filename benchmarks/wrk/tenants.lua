-- wrk: every request carries a credential never seen before, as a scanner, rotating OAuth tokens or a
-- hostile-input run would. The requests cycle through a listing (reads the demonstration data), a
-- keep-alive, a start-conversation (a write: the tenant takes over its own copy of the data) and a
-- mark read of a conversation that does not exist (a 404). Each thread stops sending after its share
-- of TOTAL requests (wrk itself runs until -d or SIGINT): wrk -t2 ... -s tenants.lua URL -- TOTAL
-- "prefix" is set per thread by setup(), a global of the thread's own Lua state.
local counter = 0
local limit = 0
local threads = {}

function setup(thread)
  thread:set("prefix", "flood-" .. #threads .. "-")
  table.insert(threads, thread)
end

function init(args)
  limit = math.floor(tonumber(args[1] or "100000") / 2)
end

function request()
  counter = counter + 1
  local key = prefix .. counter
  local kind = counter % 4
  local headers = { ["x-ultracart-simple-key"] = key, ["X-UltraCart-Api-Version"] = "2017-03-01" }
  if kind == 0 then
    headers["Content-Type"] = "application/json"
    return wrk.format("PUT", "/rest/v2/conversation/conversations", headers,
      '{"add_conversation_participant_arns":["arn:flood:customer/+15125550100"]}')
  elseif kind == 1 then
    return wrk.format("GET", "/rest/v2/conversation/conversations?_limit=50", headers)
  elseif kind == 2 then
    return wrk.format("GET", "/rest/v2/conversation/agent/keepalive", headers)
  else
    return wrk.format("PUT", "/rest/v2/conversation/conversations/no-such-conversation/markread", headers)
  end
end

function response(status, headers, body)
  if counter >= limit then
    wrk.thread:stop()
  end
end
