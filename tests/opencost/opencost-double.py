#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Atalaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""An OpenCost API double: GET /allocation computed from Prometheus, the way OpenCost computes it.

OpenCost's cost model reads its own exporter's metrics (node prices, container requests, volume
prices) and kube-state-metrics' (pod labels and owners) from Prometheus and turns them into
Allocations. This double does the same against a real Prometheus (the demo stack's, which scrapes
the platform simulator), so its figures follow whatever the simulator does, /control scaling
included. It serves, over plain HTTP on 127.0.0.1 (OpenCost has no authentication):

  GET /allocation, /allocation/compute        OpenCost's allocation API (see below)
  GET /model/allocation, /model/allocation/compute   the same under the UI's /model/ prefix
  GET /healthz                                200 "ok"
  GET|POST /control                           {"failNext": N, "status": 500, "delaySeconds": S}:
                                              the next N allocation requests fail with that status
                                              (OpenCost's JSON error); every answer waits S seconds

Parameters (OpenCost's): window (required: today, yesterday, week, month, lastweek, lastmonth in
UTC; 30m/12h/7d/2w; "7d offset 1d"; an RFC3339 pair; a unix pair), aggregate (cluster, node,
namespace, controllerKind, controller, deployment, statefulset, pod, container, service,
label:NAME, annotation:NAME, or a comma list; default per container), step (default the window),
resolution (default 1m), accumulate=true (or accumulateBy=all), includeIdle=true,
includeAggregatedMetadata=true. shareIdle, idleByNode, sharelb, filter and
includeProportionalAssetResourceCosts are accepted and not applied (the answer's "warning" says
so). Answers: {"code":200,"status":"success","data":[{NAME: Allocation, ...}, ...]}, one map per
step, numbers rounded to 5 decimals, NaN and infinities as null. A window OpenCost cannot parse
is a plain-text 400 followed, as in OpenCost, by the JSON error the handler goes on to write; an
unknown aggregate is a JSON 400; Prometheus failing is a JSON 500.

How a set [s, e) is computed: for each container, instant queries at e (just before it) over
subqueries [e - s : resolution], each point the latest sample of the last minute (a pod whose
series ended is not carried on by Prometheus' five-minute lookback): cpuCost = sum of
container_cpu_allocation x its node's node_cpu_hourly_cost x resolution / 1 h, ramCost likewise
with container_memory_allocation_bytes / 2^30 x node_ram_hourly_cost, pvCost with
pod_pvc_allocation / 2^30 x pv_hourly_cost, core- and byte-hours, the minutes the container
existed, CPU use from container_cpu_usage_seconds_total; __idle__ is the nodes' CPU and RAM cost
(node_*_hourly_cost x kube_node_status_capacity) minus what the containers were allocated.
Controllers come from kube_pod_owner (and kube_replicaset_owner for Deployments), labels from
kube_pod_labels. Every set of a request is answered by three Prometheus queries (query_range
with the step = the set's length), not one per container.

Usage: opencost-double.py --prometheus URL [--port 0] [--cluster default-cluster] [--url-file FILE]
The first stdout line is its URL (also written to FILE). Only the standard library is used.
"""

import argparse
import calendar
import concurrent.futures
import datetime
import json
import math
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PROMETHEUS = [None]
CLUSTER = ["default-cluster"]
CONTROL = {"failNext": 0, "status": 500, "delaySeconds": 0.0}
CONTROL_LOCK = threading.Lock()
POOL = concurrent.futures.ThreadPoolExecutor(max_workers=4)

GIB = 1073741824.0
EPSILON = 0.001  # queries are evaluated just before a set's end: its last point is the last minute in it
IDLE = "__idle__"
UNALLOCATED = "__unallocated__"
CONTAINER_LABELS = "namespace, pod, container, node"
CLAIM_LABELS = "namespace, pod, persistentvolumeclaim, persistentvolume"


class WindowError(Exception):
    pass


class RequestError(Exception):
    """A JSON error answer: {"code": status, "message": "Error: ..."}."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


# ---------------------------------------------------------------------------- parameters

DURATION_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_duration(text):
    """Go's durations plus days and weeks, as OpenCost's query parameters take them: 1m, 90s,
    1h30m, 1d, 2w. Seconds as a float; ValueError when it is not one."""
    text = (text or "").strip()
    parts = re.findall(r"(\d+(?:\.\d+)?)(ms|s|m|h|d|w)", text)
    if not text or "".join(n + u for n, u in parts) != text:
        raise ValueError("invalid duration: %r" % text)
    return sum(float(n) * DURATION_UNITS[u] for n, u in parts)


def parse_bool(query, name):
    return query.get(name, ["false"])[-1].strip().lower() in ("true", "1", "t", "yes")


def utc(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc)


def rfc3339(seconds):
    return utc(seconds).strftime("%Y-%m-%dT%H:%M:%SZ")


def go_window_string(start, end):
    return "[%s, %s)" % (utc(start).strftime("%Y-%m-%dT%H:%M:%S+0000"), utc(end).strftime("%Y-%m-%dT%H:%M:%S+0000"))


def parse_window(window, now):
    """OpenCost's window grammar, in UTC. (start, end) in unix seconds."""
    day = 86400
    today = math.floor(now / day) * day
    weekday = (int(today // day) + 4) % 7  # Sunday = 0 (1970-01-01 was a Thursday)
    if window == "today":
        return today, today + day
    if window == "yesterday":
        return today - day, today
    if window == "week":
        return today - weekday * day, now
    if window == "lastweek":
        start = today - (weekday + 7) * day
        return start, start + 7 * day
    if window in ("month", "lastmonth"):
        d = utc(today)
        first = calendar.timegm((d.year, d.month, 1, 0, 0, 0))
        if window == "month":
            return first, now
        previous = utc(first - day)
        return calendar.timegm((previous.year, previous.month, 1, 0, 0, 0)), first
    match = re.match(r"^(\d+)(m|h|d|w)$", window)
    if match:
        n, unit = int(match.group(1)), match.group(2)
        if unit == "w":
            # "The past N weeks" end at the end of today.
            end = today + day
            start = math.floor((now - n * 7 * day) / day) * day + day
            return start, end
        size = DURATION_UNITS[unit]
        end = math.floor(now / size) * size + size
        return end - n * size, end
    match = re.match(r"^(\d+)(m|h|d|w) offset (\d+)(m|h|d|w)$", window)
    if match:
        end = now - int(match.group(3)) * DURATION_UNITS[match.group(4)]
        return end - int(match.group(1)) * DURATION_UNITS[match.group(2)], end
    match = re.match(r"^(\d+)[,|-](\d+)$", window)
    if match:
        return float(match.group(1)), float(match.group(2))
    stamp = r"\d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ"
    match = re.search("(%s),(%s)" % (stamp, stamp), window)
    if match:
        def parse(t):
            return calendar.timegm(time.strptime(t, "%Y-%m-%dT%H:%M:%SZ"))
        return float(parse(match.group(1))), float(parse(match.group(2)))
    raise WindowError("illegal window: %s" % window)


PROPERTIES = {"cluster": "cluster", "node": "node", "container": "container", "controller": "controller",
              "controllerkind": "controllerKind", "namespace": "namespace", "pod": "pod", "service": "service",
              "deployment": "deployment", "statefulset": "statefulset", "daemonset": "daemonset", "job": "job"}


def sanitize(name):
    """Prometheus' label-name rule, as OpenCost applies it to label:NAME."""
    name = re.sub(r"[^a-zA-Z0-9_]", "_", name.strip())
    return "_" + name if name[:1].isdigit() else name


def parse_aggregate(values):
    """The aggregate parameter(s) as OpenCost's property names; RequestError on an unknown one."""
    props = []
    for value in values:
        for text in value.split(","):
            if not text.strip():
                continue
            key = text.strip().lower()
            if key in PROPERTIES:
                prop = PROPERTIES[key]
            elif text.strip().startswith("label:"):
                prop = "label:" + sanitize(text.strip()[len("label:"):])
            elif text.strip().startswith("annotation:"):
                prop = "annotation:" + sanitize(text.strip()[len("annotation:"):])
            else:
                raise RequestError(400, "Invalid 'aggregate' parameter: Failed to parse property: "
                                        "invalid allocation property: %s" % text.strip())
            if prop not in props:
                props.append(prop)
    return props


# ---------------------------------------------------------------------------- Prometheus

def prometheus(path, params):
    data = urllib.parse.urlencode(params).encode()
    req = urllib.request.Request(PROMETHEUS[0].rstrip("/") + path, data=data, method="POST",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            body = json.loads(resp.read())
    except urllib.error.HTTPError as e:
        try:
            detail = json.loads(e.read()).get("error", str(e))
        except ValueError:
            detail = str(e)
        raise RequestError(500, "Prometheus answered %d: %s" % (e.code, detail))
    except (OSError, ValueError) as e:
        raise RequestError(500, "Prometheus did not answer: %s" % e)
    if body.get("status") != "success":
        raise RequestError(500, "Prometheus: %s" % body.get("error", "no success"))
    return body["data"]


def query_range(expr, start, end, step):
    """[(labels, [(t, value), ...]), ...]"""
    data = prometheus("/api/v1/query_range", {"query": expr, "start": "%.3f" % start, "end": "%.3f" % end,
                                               "step": "%.3f" % step})
    return [(r["metric"], [(float(t), float(v)) for t, v in r["values"]]) for r in data["result"]]


def query(expr, at):
    data = prometheus("/api/v1/query", {"query": expr, "time": "%.3f" % at})
    return [(r["metric"], float(r["value"][1])) for r in data["result"]]


def latest(metric):
    """The series' latest sample in the minute before each point, or nothing: the history has a
    sample a minute and a pod that went away has none, so the default five-minute lookback would
    keep a pod that no longer exists for five more minutes."""
    return "last_over_time(%s[59s])" % metric


def tagged(parts):
    """One query for several quantities: each result carries its name in the label atalaya_q."""
    return " or ".join('label_replace(%s, "atalaya_q", "%s", "", "")' % (expr, name) for name, expr in parts)


def set_queries(duration, resolution):
    d, r = "%ds" % round(duration), "%ds" % round(resolution)

    def over(expr, fn="sum_over_time"):
        return "%s((%s)[%s:%s])" % (fn, expr, d, r)

    cpu, ram, gpu = (latest("container_cpu_allocation"), latest("container_memory_allocation_bytes"),
                     latest("container_gpu_allocation"))
    by_node = "* on (node) group_left () avg by (node) (%s)"
    claim = latest("pod_pvc_allocation")
    nodes = "avg by (node) (%s) * on (node) avg by (node) (%s)"
    main = [
        ("cpuCost", "sum by (%s) (%s)" % (CONTAINER_LABELS, over(cpu + " " + by_node % latest("node_cpu_hourly_cost")))),
        ("cpuHours", "sum by (%s) (%s)" % (CONTAINER_LABELS, over(cpu))),
        ("ramCost", "sum by (%s) (%s)" % (CONTAINER_LABELS,
                                          over("%s / %d %s" % (ram, GIB, by_node % latest("node_ram_hourly_cost"))))),
        ("ramHours", "sum by (%s) (%s)" % (CONTAINER_LABELS, over(ram))),
        ("gpuCost", "sum by (%s) (%s)" % (CONTAINER_LABELS, over(gpu + " " + by_node % latest("node_gpu_hourly_cost")))),
        ("gpuHours", "sum by (%s) (%s)" % (CONTAINER_LABELS, over(gpu))),
        ("points", "max by (%s) (%s)" % (CONTAINER_LABELS, over(cpu, "count_over_time"))),
        ("first", "min by (%s) (%s)" % (CONTAINER_LABELS, over("timestamp(%s)" % cpu, "min_over_time"))),
        ("last", "max by (%s) (%s)" % (CONTAINER_LABELS, over("timestamp(%s)" % cpu, "max_over_time"))),
        ("pvCost", "sum by (%s) (%s)" % (CLAIM_LABELS, over(
            "%s / %d * on (persistentvolume) group_left () avg by (persistentvolume) (%s)"
            % (claim, GIB, latest("pv_hourly_cost"))))),
        ("pvHours", "sum by (%s) (%s)" % (CLAIM_LABELS, over(claim))),
        ("nodeCpuCost", "sum(%s)" % over(nodes % (latest("node_cpu_hourly_cost"),
                                                   latest('kube_node_status_capacity{resource="cpu",unit="core"}')))),
        ("nodeRamCost", "sum(%s)" % over("%s / %d" % (nodes % (
            latest("node_ram_hourly_cost"), latest('kube_node_status_capacity{resource="memory",unit="byte"}')), GIB))),
        ("nodeGpuCost", "sum(%s)" % over(nodes % (latest("node_gpu_hourly_cost"), latest("node_gpu_count")))),
    ]
    # CPU use: the counter's rate over the minute before each point. Evaluated a minute later than
    # the rest, so that its points cover the same minutes.
    rate = "irate(container_cpu_usage_seconds_total[61s])"
    usage = [
        ("usage", "sum by (%s) (%s)" % (CONTAINER_LABELS, over(rate))),
        ("usageMax", "max by (%s) (%s)" % (CONTAINER_LABELS, over(rate, "max_over_time"))),
    ]
    return tagged(main), tagged(usage)


def metadata_query(window):
    w = "%ds" % max(60, round(window))
    return tagged([
        ("labels", "last_over_time(kube_pod_labels[%s])" % w),
        ("owner", "last_over_time(kube_pod_owner[%s])" % w),
        ("replicaset", "last_over_time(kube_replicaset_owner[%s])" % w),
        ("volume", "last_over_time(pv_hourly_cost[%s])" % w),
        ("node", "last_over_time(node_total_hourly_cost[%s])" % w),
    ])


# ---------------------------------------------------------------------------- allocations

def new_allocation(name, properties, window, start, end):
    return {"name": name, "properties": properties, "window": window, "start": start, "end": end,
            "cpuCoreHours": 0.0, "cpuCoreRequestAverage": 0.0, "cpuCoreUsageAverage": 0.0, "cpuCost": 0.0,
            "gpuHours": 0.0, "gpuCost": 0.0, "ramByteHours": 0.0, "ramByteRequestAverage": 0.0,
            "ramByteUsageAverage": 0.0, "ramCost": 0.0, "pvs": None, "externalCost": 0.0, "sharedCost": 0.0,
            "raw": None, "minutes": None}


def minutes_of(a):
    if a.get("minutes") is not None:
        return a["minutes"]
    return (a["end"] - a["start"]) / 60.0


def compute(sets, resolution, now):
    """The raw (per container) allocations and the node cost of each set."""
    results = [{"containers": {}, "claims": {}, "node": {}} for _ in sets]
    live = [(i, s, min(e, now)) for i, (s, e) in enumerate(sets) if min(e, now) > s]
    groups = {}
    for i, s, e in live:
        groups.setdefault(round(e - s), []).append((i, s, e))
    jobs = []
    for duration, members in groups.items():
        main, usage = set_queries(duration, resolution)
        ends = [e for _, _, e in members]
        # Same-length sets are evenly spaced (they follow each other): one query_range for all.
        spaced = all(abs((ends[k] - ends[0]) - k * duration) < 1 for k in range(len(ends)))
        chunks = [members] if spaced else [[m] for m in members]
        for chunk in chunks:
            first, last = chunk[0][2], chunk[-1][2]
            step = duration if len(chunk) > 1 else 60
            jobs.append((chunk, 0, POOL.submit(query_range, main, first - EPSILON, last - EPSILON, step)))
            jobs.append((chunk, 60, POOL.submit(query_range, usage, first + 60 - EPSILON, last + 60 - EPSILON, step)))
    window_start = min((s for _, s, _ in live), default=None)
    meta = None
    if live:
        meta_at = max(e for _, _, e in live)
        meta = POOL.submit(query, metadata_query(meta_at - window_start), meta_at - EPSILON)
    hours = resolution / 3600.0
    for chunk, shift, future in jobs:
        by_end = {round(e): i for i, _, e in chunk}
        for labels, values in future.result():
            q = labels.get("atalaya_q")
            for t, v in values:
                i = by_end.get(round(t + EPSILON - shift))
                if i is None or math.isnan(v):
                    continue
                res = results[i]
                if q.startswith("node"):
                    res["node"][q] = v * hours
                elif q.startswith("pv"):
                    key = (labels.get("namespace"), labels.get("pod"), labels.get("persistentvolumeclaim"),
                           labels.get("persistentvolume"))
                    res["claims"].setdefault(key, {})[q] = v * hours
                else:
                    key = (labels.get("namespace"), labels.get("pod"), labels.get("container"), labels.get("node"))
                    c = res["containers"].setdefault(key, {})
                    c[q] = v if q in ("points", "first", "last", "usageMax") else v * hours
    metadata = {"labels": {}, "owner": {}, "replicaset": {}, "volume": {}, "node": {}}
    if meta is not None:
        for labels, _ in meta.result():
            q = labels.get("atalaya_q")
            if q == "labels":
                metadata["labels"][(labels.get("namespace"), labels.get("pod"))] = {
                    k[len("label_"):]: v for k, v in labels.items() if k.startswith("label_")}
            elif q == "owner":
                metadata["owner"][(labels.get("namespace"), labels.get("pod"))] = (
                    labels.get("owner_kind", ""), labels.get("owner_name", ""))
            elif q == "replicaset":
                metadata["replicaset"][(labels.get("namespace"), labels.get("replicaset"))] = (
                    labels.get("owner_kind", ""), labels.get("owner_name", ""))
            elif q == "volume":
                metadata["volume"][labels.get("persistentvolume")] = labels.get("provider_id", "")
            elif q == "node":
                metadata["node"][labels.get("node")] = labels.get("provider_id", "")
    return results, metadata


def controller_of(metadata, namespace, pod):
    kind, name = metadata["owner"].get((namespace, pod), ("", ""))
    if kind == "ReplicaSet":
        owner = metadata["replicaset"].get((namespace, name))
        if owner and owner[0]:
            kind, name = owner
    return (kind.lower(), name) if kind else ("", "")


def raw_allocations(sets, results, metadata, resolution):
    cluster = CLUSTER[0]
    out = []
    for (s, e), res in zip(sets, results):
        window = {"start": rfc3339(s), "end": rfc3339(e)}
        allocs = []
        containers_of_pod = {}
        for (ns, pod, container, node) in res["containers"]:
            containers_of_pod[(ns, pod)] = containers_of_pod.get((ns, pod), 0) + 1
        for (ns, pod, container, node), q in res["containers"].items():
            points = q.get("points", 0)
            if points <= 0:
                continue
            kind, controller = controller_of(metadata, ns, pod)
            properties = {"cluster": cluster, "node": node, "container": container, "controller": controller,
                          "controllerKind": kind, "namespace": ns, "pod": pod,
                          "providerID": metadata["node"].get(node, ""),
                          "labels": dict(metadata["labels"].get((ns, pod), {}))}
            start = max(s, q.get("first", s))
            end = min(e, q.get("last", s) + resolution)
            a = new_allocation("/".join([cluster, node, ns, pod, container]), properties, window, start, end)
            existed = points * resolution / 3600.0  # hours
            a["minutes"] = existed * 60
            a["cpuCoreHours"] = q.get("cpuHours", 0.0)
            a["cpuCost"] = q.get("cpuCost", 0.0)
            a["ramByteHours"] = q.get("ramHours", 0.0)
            a["ramCost"] = q.get("ramCost", 0.0)
            a["gpuHours"] = q.get("gpuHours", 0.0)
            a["gpuCost"] = q.get("gpuCost", 0.0)
            a["cpuCoreRequestAverage"] = a["cpuCoreHours"] / existed
            a["ramByteRequestAverage"] = a["ramByteHours"] / existed
            a["cpuCoreUsageAverage"] = q.get("usage", 0.0) / existed
            a["raw"] = {"cpuCoreUsageMax": q.get("usageMax", 0.0), "ramByteUsageMax": 0.0}
            # A pod's volumes are shared by its containers.
            share = 1.0 / containers_of_pod[(ns, pod)]
            for (cns, cpod, _claim, pv), c in res["claims"].items():
                if (cns, cpod) != (ns, pod):
                    continue
                a["pvs"] = a["pvs"] or {}
                a["pvs"]["cluster=%s:name=%s" % (cluster, pv)] = {
                    "byteHours": c.get("pvHours", 0.0) * share, "cost": c.get("pvCost", 0.0) * share,
                    "providerID": metadata["volume"].get(pv, "")}
            allocs.append(a)
        node = res["node"]
        idle = None
        if node:
            idle = {"cpu": node.get("nodeCpuCost", 0.0) - sum(a["cpuCost"] for a in allocs),
                    "ram": node.get("nodeRamCost", 0.0) - sum(a["ramCost"] for a in allocs),
                    "gpu": node.get("nodeGpuCost", 0.0) - sum(a["gpuCost"] for a in allocs)}
        out.append({"window": (s, e), "allocations": allocs, "idle": idle})
    return out


def key_of(a, aggregate):
    p = a["properties"]
    names = []
    for prop in aggregate:
        if prop in ("cluster", "node", "namespace", "pod", "container"):
            names.append(p.get(prop, ""))
        elif prop == "controllerKind":
            names.append(p.get("controllerKind") or UNALLOCATED)
        elif prop == "controller":
            c = p.get("controller", "")
            names.append(UNALLOCATED if not c else ("%s:%s" % (p["controllerKind"], c) if p.get("controllerKind") else c))
        elif prop in ("deployment", "statefulset", "daemonset", "job"):
            names.append(p.get("controller") if p.get("controllerKind") == prop and p.get("controller") else UNALLOCATED)
        elif prop == "service":
            names.append(UNALLOCATED)
        elif prop.startswith("label:"):
            names.append(p.get("labels", {}).get(prop[len("label:"):], UNALLOCATED))
        elif prop.startswith("annotation:"):
            names.append(UNALLOCATED)
    return "/".join(names)


def intersect(p, q, metadata):
    out = {}
    for k in ("cluster", "node", "container", "controller", "controllerKind", "namespace", "pod", "providerID"):
        if p.get(k, "") == q.get(k, ""):
            out[k] = p.get(k, "")
    if metadata and p.get("namespace", "") == q.get("namespace", ""):
        out["labels"] = {k: v for k, v in p.get("labels", {}).items() if q.get("labels", {}).get(k) == v}
    return out


def add(a, b, metadata):
    """OpenCost's Allocation.add: sums, the union of the time spans, averages re-weighted by minutes."""
    if a is None:
        c = dict(b)
        c["properties"] = dict(b["properties"])
        return c
    am, bm = minutes_of(a), minutes_of(b)
    req_cpu = a["cpuCoreRequestAverage"] * am + b["cpuCoreRequestAverage"] * bm
    use_cpu = a["cpuCoreUsageAverage"] * am + b["cpuCoreUsageAverage"] * bm
    req_ram = a["ramByteRequestAverage"] * am + b["ramByteRequestAverage"] * bm
    use_ram = a["ramByteUsageAverage"] * am + b["ramByteUsageAverage"] * bm
    c = dict(a)
    c["properties"] = intersect(a["properties"], b["properties"], metadata)
    c["window"] = {"start": min(a["window"]["start"], b["window"]["start"]),
                   "end": max(a["window"]["end"], b["window"]["end"])}
    c["start"], c["end"] = min(a["start"], b["start"]), max(a["end"], b["end"])
    c["minutes"] = None  # from here on, the span: end - start
    m = minutes_of(c)
    c["cpuCoreRequestAverage"] = req_cpu / m if m > 0 else 0.0
    c["cpuCoreUsageAverage"] = use_cpu / m if m > 0 else 0.0
    c["ramByteRequestAverage"] = req_ram / m if m > 0 else 0.0
    c["ramByteUsageAverage"] = use_ram / m if m > 0 else 0.0
    for f in ("cpuCoreHours", "cpuCost", "gpuHours", "gpuCost", "ramByteHours", "ramCost", "externalCost",
              "sharedCost"):
        c[f] = a[f] + b[f]
    if a["pvs"] or b["pvs"]:
        pvs = {k: dict(v) for k, v in (a["pvs"] or {}).items()}
        for k, v in (b["pvs"] or {}).items():
            if k in pvs:
                pvs[k]["byteHours"] += v["byteHours"]
                pvs[k]["cost"] += v["cost"]
                if pvs[k]["providerID"] != v["providerID"]:
                    pvs[k]["providerID"] = ""
            else:
                pvs[k] = dict(v)
        c["pvs"] = pvs
    c["raw"] = None
    return c


def idle_allocation(s, e, allocs, idle, aggregated):
    start = min((a["start"] for a in allocs), default=s)
    end = max((a["end"] for a in allocs), default=e)
    name = IDLE if aggregated else "%s/%s" % (CLUSTER[0], IDLE)
    a = new_allocation(name, {"cluster": CLUSTER[0]}, {"start": rfc3339(s), "end": rfc3339(e)}, start, end)
    a["cpuCost"], a["ramCost"], a["gpuCost"] = idle["cpu"], idle["ram"], idle["gpu"]
    return a


def build_sets(raw, aggregate, include_idle, metadata):
    sets = []
    for r in raw:
        s, e = r["window"]
        out = {}
        for a in r["allocations"]:
            key = key_of(a, aggregate) if aggregate else a["name"]
            merged = add(out.get(key), a, metadata)
            merged["name"] = key
            out[key] = merged
        if include_idle and r["idle"] is not None:
            idle = idle_allocation(s, e, r["allocations"], r["idle"], bool(aggregate))
            out[idle["name"]] = idle
        sets.append(out)
    return sets


def accumulate(sets, metadata):
    total = {}
    for s in sets:
        for key, a in s.items():
            merged = add(total.get(key), a, metadata)
            merged["name"] = key
            total[key] = merged
    return [total]


# ---------------------------------------------------------------------------- JSON

def number(x):
    """OpenCost's formatFloat64ForResponse: 5 decimals (half away from zero); NaN, Inf -> null."""
    if x is None or math.isnan(x) or math.isinf(x):
        return None
    return math.copysign(math.floor(abs(x) * 100000 + 0.5), x) / 100000.0


def efficiency(request, usage, cost):
    if request > 0:
        return usage / request
    if usage == 0.0 or cost == 0.0:
        return 0.0
    return 1.0


def to_json(a):
    m = minutes_of(a)
    hours = m / 60.0
    pv_hours = sum(v["byteHours"] for v in (a["pvs"] or {}).values())
    pv_cost = sum(v["cost"] for v in (a["pvs"] or {}).values())
    cpu_eff = efficiency(a["cpuCoreRequestAverage"], a["cpuCoreUsageAverage"], a["cpuCost"])
    ram_eff = efficiency(a["ramByteRequestAverage"], a["ramByteUsageAverage"], a["ramCost"])
    gpu_eff = 0.0
    total_eff = (ram_eff * a["ramCost"] + cpu_eff * a["cpuCost"]) / (a["cpuCost"] + a["ramCost"]) \
        if a["cpuCost"] + a["ramCost"] > 0 else 0.0
    properties = {k: v for k, v in a["properties"].items() if v}  # omitempty
    total = a["cpuCost"] + a["gpuCost"] + a["ramCost"] + pv_cost + a["sharedCost"] + a["externalCost"]
    out = {
        "name": a["name"], "properties": properties, "window": a["window"],
        "start": rfc3339(a["start"]), "end": rfc3339(a["end"]), "minutes": number(m),
        "cpuCores": number(a["cpuCoreHours"] / hours if hours > 0 else 0.0),
        "cpuCoreRequestAverage": number(a["cpuCoreRequestAverage"]),
        "cpuCoreUsageAverage": number(a["cpuCoreUsageAverage"]),
        "cpuCoreHours": number(a["cpuCoreHours"]), "cpuCost": number(a["cpuCost"]), "cpuCostAdjustment": 0.0,
        "cpuCostIdle": 0.0, "cpuEfficiency": number(cpu_eff),
        "gpuCount": number(a["gpuHours"] / hours if hours > 0 else 0.0), "gpuRequestAverage": 0.0,
        "gpuUsageAverage": 0.0, "gpuHours": number(a["gpuHours"]), "gpuCost": number(a["gpuCost"]),
        "gpuCostAdjustment": 0.0, "gpuCostIdle": 0.0, "gpuEfficiency": number(gpu_eff),
        "networkTransferBytes": 0.0, "networkReceiveBytes": 0.0, "networkCost": 0.0, "networkCrossZoneCost": 0.0,
        "networkCrossRegionCost": 0.0, "networkInternetCost": 0.0, "networkCostAdjustment": 0.0,
        "loadBalancerCost": 0.0, "loadBalancerCostAdjustment": 0.0,
        "pvBytes": number(pv_hours / hours if hours > 0 else 0.0), "pvByteHours": number(pv_hours),
        "pvCost": number(pv_cost), "pvs": a["pvs"], "pvCostAdjustment": 0.0,
        "ramBytes": number(a["ramByteHours"] / hours if hours > 0 else 0.0),
        "ramByteRequestAverage": number(a["ramByteRequestAverage"]),
        "ramByteUsageAverage": number(a["ramByteUsageAverage"]), "ramByteHours": number(a["ramByteHours"]),
        "ramCost": number(a["ramCost"]), "ramCostAdjustment": 0.0, "ramCostIdle": 0.0,
        "ramEfficiency": number(ram_eff), "externalCost": number(a["externalCost"]),
        "sharedCost": number(a["sharedCost"]), "totalCost": number(total), "totalEfficiency": number(total_eff),
        "lbAllocations": None,
    }
    if a["raw"] is not None:
        out["rawAllocationOnly"] = a["raw"]
    out["proportionalAssetResourceCosts"] = None
    out["sharedCostBreakdown"] = None
    return out


# ---------------------------------------------------------------------------- the handler

def allocation(query, now):
    window = query.get("window", [""])[-1]
    start, end = parse_window(window, now)
    if end < start:
        raise RequestError(500, "illegal window: %s" % go_window_string(start, end))
    try:
        step = parse_duration(query["step"][-1]) if "step" in query else end - start
    except ValueError as e:
        raise RequestError(400, "Invalid 'step' parameter: %s" % e)
    try:
        resolution = parse_duration(query["resolution"][-1]) if "resolution" in query else 60.0
    except ValueError as e:
        raise RequestError(400, "Invalid 'resolution' parameter: %s" % e)
    if resolution < 1:
        raise RequestError(400, "Invalid 'resolution' parameter: must be at least 1s")
    aggregate = parse_aggregate(query.get("aggregate", []))
    accumulate_by = query.get("accumulateBy", [""])[-1].lower()
    if accumulate_by not in ("", "all", "none"):
        raise RequestError(400, "accumulateBy=%s: this double accumulates all sets only (all)" % accumulate_by)
    accumulated = parse_bool(query, "accumulate") or accumulate_by == "all"
    include_idle = parse_bool(query, "includeIdle")
    with_metadata = parse_bool(query, "includeAggregatedMetadata")
    ignored = [name for name in ("shareIdle", "idleByNode", "sharelb", "includeProportionalAssetResourceCosts")
               if parse_bool(query, name)]
    if query.get("filter", [""])[-1]:
        ignored.append("filter")
    if step <= 0 or end <= start:
        return [], ignored
    if (end - start) / step > 11000:
        raise RequestError(400, "Invalid 'step' parameter: more than 11000 sets")
    sets = []
    s = start
    while end > s:
        sets.append((s, s + step))
        s += step
    results, metadata = compute(sets, resolution, now)
    raw = raw_allocations(sets, results, metadata, resolution)
    built = build_sets(raw, aggregate, include_idle, with_metadata)
    if accumulated and built:
        built = accumulate(built, with_metadata)
    return [{k: to_json(v) for k, v in sorted(s.items())} for s in built], ignored


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def send(self, code, content_type, data):
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        if content_type.startswith("text/plain"):
            self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(data)

    def send_json(self, code, body):
        self.send(code, "application/json", json.dumps(body, allow_nan=False, separators=(",", ":")).encode())

    def do_GET(self):
        self.dispatch("GET")

    def do_POST(self):
        self.dispatch("POST")

    def dispatch(self, method):
        began = time.time()
        url = urllib.parse.urlparse(self.path)
        path = url.path[len("/model"):] if url.path.startswith("/model/") else url.path
        status = self.route(method, path, url.query)
        sys.stderr.write("opencost-double: %s %s %d %.2f s\n" % (method, self.path, status, time.time() - began))

    def route(self, method, path, raw_query):
        if path == "/healthz":
            self.send(200, "text/plain; charset=utf-8", b"ok\n")
            return 200
        if path == "/control":
            if method == "POST":
                n = int(self.headers.get("Content-Length", "0") or 0)
                try:
                    change = json.loads(self.rfile.read(n) or b"{}")
                    with CONTROL_LOCK:
                        for k in ("failNext", "status", "delaySeconds"):
                            if k in change:
                                CONTROL[k] = type(CONTROL[k])(change[k])
                except (ValueError, TypeError) as e:
                    self.send_json(400, {"error": str(e)})
                    return 400
            with CONTROL_LOCK:
                self.send_json(200, dict(CONTROL))
            return 200
        if path not in ("/allocation", "/allocation/compute") or method != "GET":
            self.send(404, "text/plain; charset=utf-8", b"404 page not found\n")
            return 404
        with CONTROL_LOCK:
            delay = CONTROL["delaySeconds"]
            fail = CONTROL["failNext"] > 0
            if fail:
                CONTROL["failNext"] -= 1
            fail_status = CONTROL["status"]
        if delay > 0:
            time.sleep(delay)
        if fail:
            self.send_json(fail_status, {"code": fail_status, "message": "Error: failure requested through /control"})
            return fail_status
        query = urllib.parse.parse_qs(raw_query, keep_blank_values=True)
        try:
            data, ignored = allocation(query, time.time())
        except WindowError as e:
            # OpenCost answers http.Error(400, plain text) and carries on; what it then writes is
            # the error of computing an open window.
            body = "Invalid 'window' parameter: %s\n" % e
            body += json.dumps({"code": 500, "message": "Error: illegal window: [nil, nil)"}, separators=(",", ":"))
            self.send(400, "text/plain; charset=utf-8", body.encode())
            return 400
        except RequestError as e:
            self.send_json(e.status, {"code": e.status, "message": "Error: %s" % e})
            return e.status
        body = {"code": 200, "status": "success", "data": data}
        if ignored:
            body["warning"] = "not applied by this double: " + ", ".join(ignored)
        self.send_json(200, body)
        return 200


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--prometheus", required=True, help="Prometheus' URL, e.g. http://127.0.0.1:9090")
    ap.add_argument("--port", type=int, default=0, help="0 picks a free port")
    ap.add_argument("--cluster", default="default-cluster", help="the cluster id allocations carry (OpenCost's CLUSTER_ID)")
    ap.add_argument("--url-file", help="also write the URL to this file once listening")
    args = ap.parse_args()
    PROMETHEUS[0] = args.prometheus
    CLUSTER[0] = args.cluster
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    url = "http://127.0.0.1:%d" % server.server_address[1]
    print(url, flush=True)
    if args.url_file:
        with open(args.url_file + ".tmp", "w") as f:
            f.write(url + "\n")
        os.replace(args.url_file + ".tmp", args.url_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
