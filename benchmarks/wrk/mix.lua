-- wrk: the measured requests in turn, each connection cycling through them.
-- Arguments after "--": METHOD PATH pairs, e.g. -- GET /rest/v2/conversation/conversations?_limit=50 PUT /rest/v2/.../markread
local requests = {}
local next_index = 0

function init(args)
  for i = 1, #args, 2 do
    requests[#requests + 1] = wrk.format(args[i], args[i + 1])
  end
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end
