#!/usr/bin/env python3
"""Print ssb-get's JSON-stat output for a golden file: the dataset with its
provenance (extension.hvstat) apart and made stable (the test server's
port as PORT, times as TIME), or (--bare) the dataset alone, as one
canonical line, to compare a split answer with an unsplit one."""
import json
import re
import sys

bare = "--bare" in sys.argv
ds = json.load(sys.stdin)
hv = ds.get("extension", {}).pop("hvstat", None)
if bare:
    print(json.dumps(ds, ensure_ascii=False, sort_keys=False))
    sys.exit(0)
print("ids", ds["id"], "size", ds["size"])
for d in ds["id"]:
    idx = ds["dimension"][d]["category"]["index"]
    codes = idx if isinstance(idx, list) else sorted(idx, key=idx.get)
    print(d, ",".join(codes))
print("value", json.dumps(ds["value"]))
print("status", json.dumps(ds.get("status"), ensure_ascii=False))
if hv is not None:
    hv["api"] = re.sub(r"127\.0\.0\.1:\d+", "PORT", hv["api"])
    hv["fetched"] = "TIME"
    hv["requests"] = [re.sub(r"127\.0\.0\.1:\d+", "PORT", u)
                      for u in hv["requests"]]
    print("provenance", json.dumps(hv, ensure_ascii=False, indent=1))
