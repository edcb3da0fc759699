-- wrk script: POSTs one sample record to /v1/check, as a form submit would.
-- Usage (from the repository root, with `strategycheck serve --port 8080` running):
--   wrk -t2 -c8 -d10s --latency -s rules-examples/load/post.lua http://127.0.0.1:8080/v1/check
-- RECORD=path/to/record.json picks another record. wrk counts any answer but 2xx/3xx as
-- "Non-2xx or 3xx responses": a 400 here means the record, not the service, is at fault.
local path = os.getenv("RECORD") or "rules-examples/samples/school-nurse-not-school.json"
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
