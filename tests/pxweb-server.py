#!/usr/bin/env python3
"""A small PxWebApi v2 and KLASS server on 127.0.0.1 for ssb-get's tests.

It serves tables from JSON-stat 2 files (each a whole dataset, as SSB's
answer to a query of every value would be): /config, /tables/ID/metadata
(the dataset without value and status), /tables/ID/data with valueCodes[]
selections and codelists, /tables?query= search; and KLASS's
/classifications/ID/changes and /correspondsAt from answer files.  The
selection expressions are resolved here independently of ssb-get (from
PxWebApi 2's documented rules), so the tests compare two implementations.

Behaviour for the failure cases is set by options: the status codes of
the first data requests (--fail 500,500), Retry-After (--retry-after),
answers cut short (--truncate), never answering (--hang), an HTML page
for URLs over --max-url bytes or for every data request (--html404).
Every request is logged (method, path and query, time) to --log.

Nothing here is a copy of SSB's or PxWebApi's code; the answer shapes
follow the real answers in ../shared/external/ssb-real.
"""

import argparse
import json
import os
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HTML_404 = (b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">\r\n'
            b'<html><head><title>404 - File or directory not found.</title>'
            b'</head><body><h2>404 - File or directory not found.</h2>'
            b'</body></html>\r\n')


def load_table(path):
    with open(path, encoding="utf-8") as f:
        ds = json.load(f)
    ids = ds["id"]
    codes = {}
    for d in ids:
        idx = ds["dimension"][d]["category"]["index"]
        if isinstance(idx, list):
            codes[d] = list(idx)
        else:
            codes[d] = sorted(idx, key=lambda c: idx[c])
    values = ds["value"]
    if isinstance(values, dict):
        n = 1
        for d in ids:
            n *= len(codes[d])
        full = [None] * n
        for k, v in values.items():
            full[int(k)] = v
        values = full
    status = ds.get("status")
    n = len(values)
    if isinstance(status, str):
        status = {str(i): status for i in range(n)}
    elif isinstance(status, list):
        status = {str(i): s for i, s in enumerate(status) if s is not None}
    elif status is None:
        status = {}
    tid = ds.get("extension", {}).get("px", {}).get("tableid")
    if tid is None:
        tid = os.path.basename(path).split("-")[0].split(".")[0]
    return tid, {"ds": ds, "ids": ids, "codes": codes, "values": values,
                 "status": status}


def is_time(t, d):
    return d in t["ds"].get("role", {}).get("time", [])


def resolve(t, d, expr, problems):
    """The positions a v2 selection chooses, in order, once each."""
    codes = t["codes"][d]
    lower = [c.lower() for c in codes]
    out = []

    def add(i):
        if i not in out:
            out.append(i)

    items, depth, cur = [], 0, ""
    for ch in expr:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            items.append(cur)
            cur = ""
        else:
            cur += ch
    items.append(cur)
    for it in items:
        low = it.lower()
        if low in lower:
            add(lower.index(low))
            continue
        fn, _, rest = low.partition("(")
        args = rest[:-1].split(",") if rest.endswith(")") else None
        n = len(codes)
        if fn in ("top", "bottom") and args:
            count = int(args[0])
            off = int(args[1]) if len(args) > 1 else 0
            first = (fn == "top") != is_time(t, d)
            if first:
                sel = list(range(n))[off:off + count]
            else:
                sel = list(range(n))[::-1][off:off + count][::-1]
            for i in sel:
                add(i)
        elif fn in ("from", "to") and args:
            if args[0] not in lower:
                problems.append("no value " + args[0])
                continue
            at = lower.index(args[0])
            for i in (range(at, n) if fn == "from" else range(0, at + 1)):
                add(i)
        elif fn == "range" and args and len(args) == 2:
            a, b = lower.index(args[0]), lower.index(args[1])
            for i in range(min(a, b), max(a, b) + 1):
                add(i)
        elif it == "*":
            for i in range(n):
                add(i)
        elif "*" in it:
            core = low.strip("*")
            for i, c in enumerate(lower):
                if ((low.startswith("*") and low.endswith("*") and
                     core in c) or
                        (low.startswith("*") and not low.endswith("*") and
                         c.endswith(core)) or
                        (low.endswith("*") and not low.startswith("*") and
                         c.startswith(core))):
                    add(i)
        elif "?" in it:
            for i, c in enumerate(lower):
                if len(c) == len(low) and all(p in ("?", x)
                                              for p, x in zip(low, c)):
                    add(i)
        else:
            problems.append("no value " + it)
    return out


def metadata(t):
    ds = json.loads(json.dumps(t["ds"]))
    ds["value"] = []
    ds.pop("status", None)
    return ds


def subset(t, picks):
    """The dataset of the chosen positions per dimension; a dimension
    without a pick is eliminated (its elimination value, else the
    first)."""
    ds = json.loads(json.dumps(t["ds"]))
    ids = t["ids"]
    sizes = [len(t["codes"][d]) for d in ids]
    strides = [1] * len(ids)
    for k in range(len(ids) - 2, -1, -1):
        strides[k] = strides[k + 1] * sizes[k + 1]
    kept = []
    chosen = []
    for d in ids:
        if d in picks:
            kept.append(d)
            chosen.append(picks[d])
        else:
            ext = ds["dimension"][d].get("extension", {})
            code = ext.get("eliminationValueCode")
            at = t["codes"][d].index(code) if code in t["codes"][d] else 0
            chosen.append([at])
    values, status = [], {}
    total = 1
    for c in chosen:
        total *= len(c)
    for flat in range(total):
        rest, pos = flat, []
        for c in reversed(chosen):
            pos.append(c[rest % len(c)])
            rest //= len(c)
        pos.reverse()
        src = sum(p * s for p, s in zip(pos, strides))
        values.append(t["values"][src])
        if str(src) in t["status"]:
            status[str(flat)] = t["status"][str(src)]
    for d, c in zip(ids, chosen):
        if d not in kept:
            del ds["dimension"][d]
            continue
        cat = ds["dimension"][d]["category"]
        codes = [t["codes"][d][i] for i in c]
        cat["index"] = {code: i for i, code in enumerate(codes)}
        for key in list(cat):
            if key != "index" and isinstance(cat[key], dict):
                cat[key] = {k: v for k, v in
                            sorted(cat[key].items(),
                                   key=lambda kv: codes.index(kv[0])
                                   if kv[0] in codes else -1)
                            if k in codes}
    ds["id"] = kept
    ds["size"] = [len(c) for d, c in zip(ids, chosen) if d in kept]
    for role in ds.get("role", {}):
        ds["role"][role] = [d for d in ds["role"][role] if d in kept]
    ds["value"] = values
    ds.pop("status", None)
    if status:
        ds["status"] = status
    return ds


class State:
    def __init__(self, args):
        self.args = args
        self.tables = {}
        for path in args.table:
            tid, t = load_table(path)
            self.tables[tid] = t
        self.fail = [int(s) for s in args.fail.split(",")] if args.fail \
            else []
        self.lock = threading.Lock()
        self.data_requests = 0
        self.log = open(args.log, "a", encoding="utf-8") if args.log \
            else None
        self.html = HTML_404
        if args.html_body and os.path.exists(args.html_body):
            with open(args.html_body, "rb") as f:
                self.html = f.read()

    def note(self, line):
        if self.log:
            with self.lock:
                self.log.write("%.3f %s\n" % (time.time(), line))
                self.log.flush()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "pxweb-test/1"

    def log_message(self, *a):
        pass

    def send(self, status, body, ctype="application/json; charset=utf-8",
             headers=()):
        if isinstance(body, (dict, list)):
            body = json.dumps(body, ensure_ascii=False).encode("utf-8")
        st = self.server.state
        length = len(body)
        if st.args.truncate and self.path.startswith(st.args.prefix +
                                                      "/tables/") \
                and "/data" in self.path:
            body = body[:len(body) // 2]
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)
        del length

    def problem(self, status, title):
        self.send(status, {"type": "https://example/problem", "title": title,
                           "status": status})

    def do_GET(self):
        st = self.server.state
        st.note("GET " + self.path)
        url = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        path = url.path
        if st.args.hang:
            time.sleep(60)
            return
        if path.startswith("/klass/v1/"):
            return self.klass(path[len("/klass/v1"):], q)
        if not path.startswith(st.args.prefix):
            return self.send(404, HTML_404, "text/html")
        path = path[len(st.args.prefix):]
        if path == "/config":
            return self.send(200, {
                "apiVersion": "2.0.0", "appVersion": "test",
                "languages": [{"id": "no", "label": "Norsk"},
                              {"id": "en", "label": "English"}],
                "defaultLanguage": "no",
                "maxDataCells": st.args.max_cells,
                "maxCallsPerTimeWindow": st.args.max_calls,
                "timeWindow": st.args.window,
                "defaultDataFormat": "json-stat2",
                "dataFormats": ["json-stat2", "csv", "px", "xlsx"]})
        if path == "/tables":
            text = q.get("query", [""])[0].lower()
            hits = []
            for tid, t in sorted(st.tables.items()):
                ds = t["ds"]
                if text in (tid + " " + ds.get("label", "")).lower():
                    tcodes = [t["codes"][d] for d in ds["id"]
                              if is_time(t, d)]
                    hits.append({
                        "type": "Table", "id": tid,
                        "label": ds.get("label", ""), "description": "",
                        "updated": ds.get("updated", ""),
                        "firstPeriod": tcodes[0][0] if tcodes else "",
                        "lastPeriod": tcodes[0][-1] if tcodes else "",
                        "category": "public", "variableNames": [
                            ds["dimension"][d].get("label", d)
                            for d in ds["id"]], "links": []})
            return self.send(200, {"language": "no", "tables": hits,
                                   "page": {"pageNumber": 1,
                                            "pageSize": 100,
                                            "totalElements": len(hits),
                                            "totalPages": 1, "links": []},
                                   "links": []})
        parts = path.strip("/").split("/")
        if len(parts) == 3 and parts[0] == "tables":
            tid, what = parts[1], parts[2]
            t = st.tables.get(tid)
            if t is None:
                return self.problem(404, "Non-existent table")
            if what == "metadata":
                return self.send(200, metadata(t))
            if what == "data":
                return self.data(t, q)
        return self.send(404, HTML_404, "text/html")

    def data(self, t, q):
        st = self.server.state
        with st.lock:
            n = st.data_requests
            st.data_requests += 1
        if n < len(st.fail) and st.fail[n] != 200:
            headers = []
            if st.fail[n] == 429 and st.args.retry_after is not None:
                headers.append(("Retry-After", str(st.args.retry_after)))
            return self.send(st.fail[n], {"title": "test failure",
                                          "status": st.fail[n]},
                             headers=headers)
        if st.args.html404 or len(self.path) > st.args.max_url:
            return self.send(404, st.html, "text/html")
        picks, problems = {}, []
        for key, vals in q.items():
            if key.startswith("valueCodes[") and key.endswith("]"):
                var = key[len("valueCodes["):-1]
                match = [d for d in t["ids"] if d.lower() == var.lower()]
                if not match:
                    return self.problem(400, "Non-existent variable")
                picks[match[0]] = resolve(t, match[0], vals[0], problems)
        for d in t["ids"]:
            ext = t["ds"]["dimension"][d].get("extension", {})
            if d not in picks and not ext.get("elimination", False):
                return self.problem(400, "Missing selection for mandatory "
                                         "variable")
        if problems:
            return self.problem(400, "Non-existent value")
        cells = 1
        for d in picks:
            cells *= len(picks[d])
        if cells > st.args.max_cells:
            return self.problem(403, "Too many cells selected")
        self.send(200, subset(t, picks))

    def klass(self, path, q):
        st = self.server.state
        parts = path.strip("/").split("/")
        if len(parts) == 3 and parts[0] == "classifications" \
                and parts[2] == "changes" and st.args.klass_changes:
            with open(st.args.klass_changes, encoding="utf-8") as f:
                ans = json.load(f)
            lo = q.get("from", [""])[0]
            hi = q.get("to", ["9999-12-31"])[0]
            ans["codeChanges"] = [c for c in ans["codeChanges"]
                                  if lo <= c["changeOccurred"] <= hi]
            return self.send(200, ans)
        if len(parts) == 3 and parts[0] == "classifications" \
                and parts[2] == "correspondsAt" and st.args.klass_corr:
            with open(st.args.klass_corr, encoding="utf-8") as f:
                return self.send(200, json.load(f))
        return self.send(404, {"error": "not found"})


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--table", action="append", default=[])
    p.add_argument("--prefix", default="/api/pxwebapi/v2")
    p.add_argument("--max-cells", type=int, default=800000)
    p.add_argument("--max-calls", type=int, default=1000)
    p.add_argument("--window", type=int, default=10)
    p.add_argument("--max-url", type=int, default=2100)
    p.add_argument("--fail", default="")
    p.add_argument("--retry-after", type=int)
    p.add_argument("--truncate", action="store_true")
    p.add_argument("--hang", action="store_true")
    p.add_argument("--html404", action="store_true")
    p.add_argument("--html-body")
    p.add_argument("--klass-changes")
    p.add_argument("--klass-corr")
    p.add_argument("--log")
    p.add_argument("--port-file", required=True)
    args = p.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.state = State(args)
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(tmp, args.port_file)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    sys.exit(0)


if __name__ == "__main__":
    main()
