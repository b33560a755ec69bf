-- wrk: send the URL's request as PUT (mark read).
wrk.method = "PUT"
