-- A POST with the JSON in WRK_BODY when set (the login flood), a GET otherwise.
local body = os.getenv("WRK_BODY")
if body then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

-- Printed by wrk at the end of a run; parsed by Wrk.cs (wrk's --latency shows no 95th percentile).
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("requests %d\nerrors %d\np50_us %d\np90_us %d\np95_us %d\np99_us %d\n",
    summary.requests, errors, latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99)))
end
