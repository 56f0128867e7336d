#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Atalaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A Kubernetes API double for kubectl: the subset of the API that Atalaya's actions use.

Serves, over HTTPS on 127.0.0.1, what the real kubectl needs for
  get deployments/replicasets/hpa, scale (PATCH, or GET+PUT with --current-replicas),
  rollout history/undo/restart/status (with watch), patch hpa, auth can-i,
  get/create/patch/replace configmaps (merge, strategic merge treated as merge, JSON patch)
with the API's own shapes: legacy discovery (/api, /apis, resource lists), Status objects for
errors (NotFound 404, Forbidden 403, Conflict 409, Invalid 422), resourceVersion and generation,
and a controller loop: a template change makes a new ReplicaSet revision, and ready replicas
follow the desired count after --ready-delay seconds. Users are bearer tokens mapped to roles
(--token NAME=ROLE, roles: viewer, operator, manager); viewers may only read, operators may not
change configmaps (the degradation flags are the managers').

ConfigMaps behave as the API server's do: a patch or PUT whose body carries a resourceVersion
other than the stored one is 409 Conflict; every change gets a new resourceVersion (a change that
changes nothing keeps it); data and annotation values must be strings and keys valid config keys,
and the data (keys and values) may not exceed 1 MiB: 422 Invalid otherwise.

The state file: {NAMESPACE: [{name, replicas, image, hpa: {minReplicas, maxReplicas}}], ...,
"configmaps": [{namespace, name, data: {KEY: TEXT}, annotations?, labels?}]} ("configmaps" is not
a namespace). A namespace exists when it holds a deployment or a configmap.

Usage: kube-double.py --state STATE.json --tls-dir DIR [--port 0] [--ready-delay 1.0] [--token T=ROLE]
It serves HTTPS with a certificate for 127.0.0.1 that it makes in DIR (DIR/ca.crt is the CA for
the kubeconfig): kubectl sends bearer tokens over TLS only. The first stdout line is its URL.
Only the standard library and the openssl command are used.
"""

import argparse
import copy
import datetime
import hashlib
import json
import os
import re
import ssl
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Condition()
STATE = {"deployments": {}, "replicasets": {}, "hpas": {}, "configmaps": {}}  # key: (namespace, name)
RV = [1000]
TOKENS = {}
READY_DELAY = 1.0
STUCK = set()  # deployments whose new pods never become ready (failed rollouts)
SIMULATOR = [None]  # the demo simulator's URL: replica changes are passed on, so scaling shows in the metrics
SENT = {}


def tell_simulator(d):
    """The demo's traffic model follows the replica count the cluster has (POST /control replicas)."""
    if not SIMULATOR[0]:
        return
    key = (d["metadata"]["namespace"], d["metadata"]["name"])
    value = d["spec"]["replicas"]
    if SENT.get(key) == value:
        return
    SENT[key] = value
    body = json.dumps({"replicas": {"vertical": key[0], "deployment": key[1], "value": value}}).encode()

    def post():
        try:
            req = urllib.request.Request(SIMULATOR[0].rstrip("/") + "/control", data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
            urllib.request.urlopen(req, timeout=5).read()
        except OSError as e:
            sys.stderr.write("kube-double: cannot tell the simulator: %s\n" % e)
    threading.Thread(target=post, daemon=True).start()


def now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def next_rv():
    RV[0] += 1
    return str(RV[0])


def template_hash(template):
    return hashlib.sha256(json.dumps(template, sort_keys=True).encode()).hexdigest()[:10]


def status_error(code, reason, message, kind=None, name=None, group=None, causes=None):
    body = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
            "message": message, "reason": reason, "code": code}
    if kind:
        body["details"] = {"name": name, "group": group, "kind": kind}
        if causes:
            body["details"]["causes"] = causes
    return code, body


def conflict(resource, name, group=""):
    """What the API server answers when a write names a resourceVersion that is no longer current."""
    return status_error(409, "Conflict", 'Operation cannot be fulfilled on %s "%s": the object has been modified; '
                        'please apply your changes to the latest version and try again' % (plural_kind(resource, group), name),
                        kind=resource, name=name, group=group)


# ---------------------------------------------------------------------------- model

def make_deployment(ns, spec):
    name = spec["name"]
    labels = {"app": name}
    template = {"metadata": {"labels": dict(labels)},
                "spec": {"containers": [{"name": name, "image": spec.get("image", "registry.local/%s:1.0.0" % name)}]}}
    d = {"apiVersion": "apps/v1", "kind": "Deployment",
         "metadata": {"name": name, "namespace": ns, "uid": "uid-%s-%s" % (ns, name), "generation": 1,
                      "resourceVersion": next_rv(), "creationTimestamp": now(), "labels": dict(labels),
                      "annotations": {"deployment.kubernetes.io/revision": "1"}},
         "spec": {"replicas": spec.get("replicas", 2), "selector": {"matchLabels": dict(labels)},
                  "template": template, "strategy": {"type": "RollingUpdate"},
                  "revisionHistoryLimit": 10, "progressDeadlineSeconds": spec.get("progressDeadlineSeconds", 600)},
         "status": {}}
    STATE["deployments"][(ns, name)] = d
    new_replicaset(d, revision=1, cause=spec.get("changeCause", "initial release"))
    for image in spec.get("history", []):
        # Older revisions first: each one a template the deployment ran before.
        pass
    d["status"] = {"observedGeneration": 1, "replicas": d["spec"]["replicas"], "updatedReplicas": d["spec"]["replicas"],
                   "readyReplicas": d["spec"]["replicas"], "availableReplicas": d["spec"]["replicas"],
                   "conditions": [condition("Available", "True", "MinimumReplicasAvailable"),
                                  condition("Progressing", "True", "NewReplicaSetAvailable")]}
    if "hpa" in spec:
        h = spec["hpa"]
        STATE["hpas"][(ns, name)] = {
            "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
            "metadata": {"name": name, "namespace": ns, "uid": "uid-hpa-%s-%s" % (ns, name), "resourceVersion": next_rv(),
                         "creationTimestamp": now()},
            "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": name},
                     "minReplicas": h.get("minReplicas", 2), "maxReplicas": h.get("maxReplicas", 20),
                     "metrics": [{"type": "Resource", "resource": {"name": "cpu",
                                                                   "target": {"type": "Utilization", "averageUtilization": 70}}}]},
            "status": {"currentReplicas": d["spec"]["replicas"], "desiredReplicas": d["spec"]["replicas"]}}


MAX_CONFIGMAP_BYTES = 1024 * 1024  # the API server's limit for a ConfigMap's (and a Secret's) data
CONFIG_KEY = re.compile(r"[-._a-zA-Z0-9]+")


def make_configmap(ns, spec):
    name = spec["name"]
    cm = {"apiVersion": "v1", "kind": "ConfigMap",
          "metadata": {"name": name, "namespace": ns, "uid": "uid-cm-%s-%s" % (ns, name), "resourceVersion": next_rv(),
                       "creationTimestamp": now()},
          "data": dict(spec.get("data", {}))}
    for field in ("annotations", "labels"):
        if spec.get(field):
            cm["metadata"][field] = dict(spec[field])
    cm = tidy_configmap(cm)
    problem = invalid_configmap(cm)
    if problem:
        raise SystemExit("kube-double: configmap %s/%s in the state: %s" % (ns, name, problem[1]["message"]))
    STATE["configmaps"][(ns, name)] = cm


def tidy_configmap(cm):
    """Drops what kubectl sends as zero values ("creationTimestamp": null) and what the server
    omits when empty. Unlike prune(), the values in data are left alone: a value that is not a
    string must reach the validation, not vanish."""
    out = {k: v for k, v in cm.items() if v is not None}
    if isinstance(out.get("metadata"), dict):
        out["metadata"] = {k: v for k, v in out["metadata"].items() if v not in (None, {}, [])}
    for k in ("data", "binaryData"):
        if out.get(k) == {}:
            del out[k]
    return out


def invalid_configmap(cm):
    """The API server's validation of a ConfigMap, as far as the console can meet it: a 422 Status, or None."""
    name = cm.get("metadata", {}).get("name", "")
    causes = []

    def invalid(field, value, detail):
        causes.append({"reason": "FieldValueInvalid", "message": "Invalid value: %s: %s" % (json.dumps(value), detail),
                       "field": field})

    for field in ("annotations", "labels"):
        values = cm.get("metadata", {}).get(field, {})
        if not isinstance(values, dict):
            invalid("metadata.%s" % field, values, "must be an object")
            continue
        for k, v in values.items():
            if not isinstance(v, str):
                invalid("metadata.%s[%s]" % (field, k), v, "must be a string")
    size = 0
    for field in ("data", "binaryData"):
        values = cm.get(field, {})
        if not isinstance(values, dict):
            invalid(field, values, "must be an object")
            continue
        for k, v in values.items():
            if not CONFIG_KEY.fullmatch(k) or len(k) > 253:
                invalid("%s[%s]" % (field, k), k, "a valid config key must consist of alphanumeric characters, '-', '_' or '.' "
                        "(e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')")
            if not isinstance(v, str):
                invalid("%s[%s]" % (field, k), v, "must be a string")
                continue
            # binaryData is base64 in JSON: the limit counts the decoded bytes, as the server stores them.
            size += len(k.encode()) + (len(v.encode()) if field == "data" else len(v) * 3 // 4)
    if size > MAX_CONFIGMAP_BYTES:
        causes.append({"reason": "FieldValueTooLong", "message": "Too long: must have at most %d bytes" % MAX_CONFIGMAP_BYTES,
                       "field": "[]"})
    if not causes:
        return None
    return status_error(422, "Invalid", 'ConfigMap "%s" is invalid: %s' % (name, ", ".join(
        "%s: %s" % (c["field"], c["message"]) for c in causes)), kind="ConfigMap", name=name, group="", causes=causes)


def condition(kind, status, reason, message=""):
    return {"type": kind, "status": status, "reason": reason, "message": message,
            "lastUpdateTime": now(), "lastTransitionTime": now()}


def new_replicaset(d, revision, cause):
    ns, name = d["metadata"]["namespace"], d["metadata"]["name"]
    h = template_hash(d["spec"]["template"])
    labels = dict(d["spec"]["template"]["metadata"].get("labels", {}))
    labels["pod-template-hash"] = h
    template = copy.deepcopy(d["spec"]["template"])
    template.setdefault("metadata", {})["labels"] = labels
    rs = {"apiVersion": "apps/v1", "kind": "ReplicaSet",
          "metadata": {"name": "%s-%s" % (name, h), "namespace": ns, "uid": "uid-rs-%s-%s" % (name, h),
                       "resourceVersion": next_rv(), "creationTimestamp": now(), "labels": labels,
                       "annotations": {"deployment.kubernetes.io/revision": str(revision)},
                       "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment", "name": name,
                                            "uid": d["metadata"]["uid"], "controller": True}]},
          "spec": {"replicas": 0, "selector": {"matchLabels": labels}, "template": template},
          "status": {"replicas": 0}}
    if cause:
        rs["metadata"]["annotations"]["kubernetes.io/change-cause"] = cause
    STATE["replicasets"][(ns, rs["metadata"]["name"])] = rs
    return rs


def owned_replicasets(d):
    uid = d["metadata"]["uid"]
    return [rs for rs in STATE["replicasets"].values()
            if any(o.get("uid") == uid for o in rs["metadata"].get("ownerReferences", []))]


def sync_deployment(d):
    """The deployment controller, as far as the console can see it."""
    ns = d["metadata"]["namespace"]
    current = None
    h = template_hash(strip_hash(d["spec"]["template"]))
    for rs in owned_replicasets(d):
        if template_hash(strip_hash(rs["spec"]["template"])) == h:
            current = rs
    revisions = [int(rs["metadata"]["annotations"].get("deployment.kubernetes.io/revision", "0")) for rs in owned_replicasets(d)]
    changed = False
    if current is None:
        cause = d["metadata"].get("annotations", {}).get("kubernetes.io/change-cause")
        current = new_replicaset(d, max(revisions + [0]) + 1, cause)
        d["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = current["metadata"]["annotations"]["deployment.kubernetes.io/revision"]
        d["_rolloutStart"] = time.time()
        changed = True
    else:
        rev = current["metadata"]["annotations"]["deployment.kubernetes.io/revision"]
        if d["metadata"]["annotations"].get("deployment.kubernetes.io/revision") != rev:
            # A rollback to an old template: it becomes the newest revision (renumbered).
            newrev = str(max(revisions) + 1) if int(rev) != max(revisions) else rev
            if newrev != rev:
                old = current["metadata"]["annotations"].get("deployment.kubernetes.io/revision-history", "")
                current["metadata"]["annotations"]["deployment.kubernetes.io/revision-history"] = ",".join(filter(None, [old, rev]))
                current["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = newrev
            d["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = newrev
            d["_rolloutStart"] = time.time()
            changed = True
    desired = d["spec"]["replicas"]
    started = d.get("_rolloutStart", d.get("_scaleStart", 0))
    elapsed = time.time() - max(started, d.get("_scaleStart", 0))
    stuck = (ns, d["metadata"]["name"]) in STUCK
    ready = desired if elapsed >= READY_DELAY and not stuck else min(desired, d["status"].get("readyReplicas", 0))
    updated = desired if (elapsed >= READY_DELAY / 2 and not stuck) or d.get("_rolloutStart", 0) == 0 else 0
    status = {"observedGeneration": d["metadata"]["generation"], "replicas": desired}
    for key, value in (("updatedReplicas", updated), ("readyReplicas", ready), ("availableReplicas", ready),
                       ("unavailableReplicas", desired - ready)):
        if value:
            status[key] = value  # zero counters are omitted, as the API does
    progressing = condition("Progressing", "True", "NewReplicaSetAvailable" if ready == desired else "ReplicaSetUpdated")
    if stuck and time.time() - started > d["spec"].get("progressDeadlineSeconds", 600):
        progressing = condition("Progressing", "False", "ProgressDeadlineExceeded",
                                'ReplicaSet "%s" has timed out progressing.' % current["metadata"]["name"])
    status["conditions"] = [condition("Available", "True" if ready > 0 else "False", "MinimumReplicasAvailable"), progressing]
    for rs in owned_replicasets(d):
        rs["spec"]["replicas"] = desired if rs is current else 0
        rs["status"] = {"replicas": rs["spec"]["replicas"]}
    old = {k: v for k, v in d["status"].items() if k != "conditions"}
    new = {k: v for k, v in status.items() if k != "conditions"}
    if changed or old != new or [c["reason"] for c in d["status"].get("conditions", [])] != [c["reason"] for c in status["conditions"]]:
        d["status"] = status
        d["metadata"]["resourceVersion"] = next_rv()
        return True
    return False


def prune(value):
    """Drops nulls and empty objects/lists: kubectl sends typed objects with their zero values
    ("creationTimestamp": null, "resources": {}), which the API server would not store either."""
    if isinstance(value, dict):
        out = {k: prune(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, {}, [])}
    if isinstance(value, list):
        return [prune(v) for v in value]
    return value


def strip_hash(template):
    t = prune(copy.deepcopy(template))
    t.get("metadata", {}).get("labels", {}).pop("pod-template-hash", None)
    return t


def sync_hpa(h):
    """The autoscaler, as far as the console can see it: the target stays within [min, max]."""
    ns = h["metadata"]["namespace"]
    d = STATE["deployments"].get((ns, h["spec"]["scaleTargetRef"]["name"]))
    if d is None:
        return False
    lo, hi = h["spec"].get("minReplicas", 1), h["spec"]["maxReplicas"]
    want = min(max(d["spec"]["replicas"], lo), hi)
    changed = False
    if want != d["spec"]["replicas"]:
        d["spec"]["replicas"] = want
        d["metadata"]["generation"] += 1
        d["_scaleStart"] = time.time()
        changed = True
    status = {"currentReplicas": d["status"].get("replicas", 0), "desiredReplicas": want}
    if status != h.get("status"):
        h["status"] = status
        h["metadata"]["resourceVersion"] = next_rv()
        changed = True
    return changed


def controller():
    while True:
        with LOCK:
            changed = [sync_hpa(h) for h in STATE["hpas"].values()]
            changed += [sync_deployment(d) for d in STATE["deployments"].values()]
            for d in STATE["deployments"].values():
                if d.get("_scaleStart"):
                    tell_simulator(d)
            if any(changed):
                LOCK.notify_all()
        time.sleep(0.2)


# ---------------------------------------------------------------------------- patches

def merge_patch(target, patch):
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = dict(target) if isinstance(target, dict) else {}
    for k, v in patch.items():
        if v is None:
            result.pop(k, None)
        else:
            result[k] = merge_patch(result.get(k), v)
    return result


def json_patch(target, ops):
    doc = copy.deepcopy(target)
    for op in ops:
        parts = [p.replace("~1", "/").replace("~0", "~") for p in op["path"].split("/")[1:]]
        parent = doc
        for p in parts[:-1]:
            parent = parent[int(p)] if isinstance(parent, list) else parent.setdefault(p, {})
        last = parts[-1]
        if op["op"] in ("add", "replace"):
            parent[last] = copy.deepcopy(op["value"])
        elif op["op"] == "remove":
            parent.pop(last, None)
        elif op["op"] == "test":
            if parent.get(last) != op["value"]:
                raise ValueError("test failed at " + op["path"])
        else:
            raise ValueError("unsupported op " + op["op"])
    return doc


def apply_patch(obj, content_type, body):
    patch = json.loads(body or b"null")
    if content_type.startswith("application/json-patch+json"):
        return json_patch(obj, patch)
    # merge and strategic-merge patches: the fields the console touches merge the same way
    return merge_patch(obj, patch)


# ---------------------------------------------------------------------------- HTTP

RESOURCES = {
    "": [("namespaces", "Namespace", False, ["get", "list"]),
         ("configmaps", "ConfigMap", True, ["create", "get", "list", "watch", "patch", "update"]),
         ("pods", "Pod", True, ["get", "list"])],
    "apps/v1": [("deployments", "Deployment", True, ["get", "list", "watch", "patch", "update"]),
                ("deployments/scale", "Scale", True, ["get", "patch", "update"]),
                ("deployments/status", "Deployment", True, ["get"]),
                ("replicasets", "ReplicaSet", True, ["get", "list", "watch"])],
    "autoscaling/v2": [("horizontalpodautoscalers", "HorizontalPodAutoscaler", True, ["get", "list", "watch", "patch", "update"])],
    "autoscaling/v1": [("horizontalpodautoscalers", "HorizontalPodAutoscaler", True, ["get", "list", "watch", "patch", "update"])],
    "authorization.k8s.io/v1": [("selfsubjectaccessreviews", "SelfSubjectAccessReview", False, ["create"])],
}
SHORT = {"deployments": ["deploy"], "replicasets": ["rs"], "horizontalpodautoscalers": ["hpa"], "configmaps": ["cm"], "pods": ["po"],
         "namespaces": ["ns"]}


def resource_list(gv):
    out = []
    for name, kind, namespaced, verbs in RESOURCES[gv]:
        r = {"name": name, "singularName": "" if "/" in name else kind.lower(), "namespaced": namespaced, "kind": kind, "verbs": verbs}
        if name in SHORT:
            r["shortNames"] = SHORT[name]
        if name in ("deployments", "replicasets"):
            r["categories"] = ["all"]
        if name == "deployments/scale":
            r["group"], r["version"] = "autoscaling", "v1"
        out.append(r)
    return {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv or "v1", "resources": out}


def discovery():
    groups = []
    for group, versions in (("apps", ["v1"]), ("autoscaling", ["v2", "v1"]), ("authorization.k8s.io", ["v1"])):
        vs = [{"groupVersion": "%s/%s" % (group, v), "version": v} for v in versions]
        groups.append({"name": group, "versions": vs, "preferredVersion": vs[0]})
    return {"kind": "APIGroupList", "apiVersion": "v1", "groups": groups}


def openapi_v3(gv):
    """Just enough OpenAPI v3 for kubectl's --validate (on by default for create -f, replace, apply):
    it checks whether the server validates fields itself (the fieldValidation parameter of the
    kind's PATCH operation) and then sends ?fieldValidation=Strict instead of downloading the whole
    schema for a client-side check. Only configmaps are described; the double checks their fields."""
    if gv is None:
        return {"paths": {"api/v1": {"serverRelativeURL": "/openapi/v3/api/v1?hash=atalaya-double"}}}
    if gv != "api/v1":
        return None
    gvk = {"group": "", "version": "v1", "kind": "ConfigMap"}
    param = {"name": "fieldValidation", "in": "query", "schema": {"type": "string", "uniqueItems": True}}
    return {"openapi": "3.0.0", "info": {"title": "Kubernetes API double", "version": "v1.30.0"},
            "paths": {"/api/v1/namespaces/{namespace}/configmaps/{name}": {
                "patch": {"operationId": "patchCoreV1NamespacedConfigMap", "parameters": [param],
                          "x-kubernetes-action": "patch", "x-kubernetes-group-version-kind": gvk, "responses": {}},
                "put": {"operationId": "replaceCoreV1NamespacedConfigMap", "parameters": [param],
                        "x-kubernetes-action": "put", "x-kubernetes-group-version-kind": gvk, "responses": {}}}}}


def allowed(role, verb, resource, subresource):
    if role is None:
        return False
    if verb in ("get", "list", "watch"):
        return True
    if role == "viewer":
        return False
    if role == "operator" and resource == "configmaps":
        return False  # degradation flags are the managers'
    return True


def gvr_of(path):
    """/apis/apps/v1/namespaces/ns/deployments/name/scale -> (gv, ns, resource, name, sub)"""
    parts = [p for p in path.split("/") if p]
    if parts[:1] == ["api"]:
        gv, rest = "", parts[2:]
    elif parts[:1] == ["apis"] and len(parts) >= 3:
        gv, rest = "%s/%s" % (parts[1], parts[2]), parts[3:]
    else:
        return None
    ns = None
    if rest[:1] == ["namespaces"] and len(rest) >= 3:
        ns, rest = rest[1], rest[2:]
    resource = rest[0] if rest else None
    name = rest[1] if len(rest) > 1 else None
    sub = rest[2] if len(rest) > 2 else None
    return gv, ns, resource, name, sub


def group_of(gv):
    return gv.split("/")[0] if "/" in gv else ""


def plural_kind(resource, gv):
    group = group_of(gv)
    return resource + ("." + group if group else "")


def selector_matches(labels, selector):
    if not selector:
        return True
    for term in selector.split(","):
        k, _, v = term.partition("=")
        if labels.get(k.strip()) != v.strip():
            return False
    return True


def scale_of(d):
    return {"kind": "Scale", "apiVersion": "autoscaling/v1",
            "metadata": {"name": d["metadata"]["name"], "namespace": d["metadata"]["namespace"],
                         "uid": d["metadata"]["uid"], "resourceVersion": d["metadata"]["resourceVersion"],
                         "creationTimestamp": d["metadata"]["creationTimestamp"]},
            "spec": {"replicas": d["spec"]["replicas"]},
            "status": {"replicas": d["status"].get("replicas", 0),
                       "selector": ",".join("%s=%s" % kv for kv in d["spec"]["selector"]["matchLabels"].items())}}


def public(obj):
    return {k: v for k, v in obj.items() if not k.startswith("_")}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("kube-double: %s %s\n" % (self.command, self.path))

    def send_json(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def role(self):
        auth = self.headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else None
        return TOKENS.get(token), token

    def body(self):
        n = int(self.headers.get("Content-Length", "0") or 0)
        return self.rfile.read(n) if n else b""

    def do_GET(self):
        self.dispatch("GET")

    def do_PUT(self):
        self.dispatch("PUT")

    def do_PATCH(self):
        self.dispatch("PATCH")

    def do_POST(self):
        self.dispatch("POST")

    def dispatch(self, method):
        url = urllib.parse.urlparse(self.path)
        query = urllib.parse.parse_qs(url.query)
        path = url.path
        role, token = self.role()
        body = self.body()
        if role is None:
            return self.send_json(*status_error(401, "Unauthorized", "Unauthorized"))
        if path == "/version":
            return self.send_json(200, {"major": "1", "minor": "30", "gitVersion": "v1.30.0-atalaya-double", "platform": "linux/amd64"})
        if path == "/api":
            return self.send_json(200, {"kind": "APIVersions", "versions": ["v1"],
                                        "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1"}]})
        if path == "/apis":
            return self.send_json(200, discovery())
        if path == "/openapi/v3" or path.startswith("/openapi/v3/"):
            doc = openapi_v3(path[len("/openapi/v3/"):] if path != "/openapi/v3" else None)
            if doc is not None:
                return self.send_json(200, doc)
        if path == "/api/v1":
            return self.send_json(200, resource_list(""))
        m = re.fullmatch(r"/apis/([^/]+)/([^/]+)", path)
        if m and "%s/%s" % m.groups() in RESOURCES:
            return self.send_json(200, resource_list("%s/%s" % m.groups()))
        parsed = gvr_of(path)
        if not parsed:
            return self.send_json(*status_error(404, "NotFound", "the server could not find the requested resource"))
        gv, ns, resource, name, sub = parsed
        user = token.split("-")[0] if token else "anonymous"
        if resource == "selfsubjectaccessreviews" and method == "POST":
            review = json.loads(body)
            attrs = review.get("spec", {}).get("resourceAttributes", {})
            ok = allowed(role, attrs.get("verb"), attrs.get("resource"), attrs.get("subresource"))
            review["status"] = {"allowed": ok}
            if not ok:
                review["status"]["reason"] = "role %s may not %s %s" % (role, attrs.get("verb"), attrs.get("resource"))
            return self.send_json(201, review)
        verb = {"GET": "get" if name else ("watch" if query.get("watch", ["false"])[0] in ("true", "1") else "list"),
                "PUT": "update", "PATCH": "patch", "POST": "create"}[method]
        resname = resource + ("/" + sub if sub else "")
        if not allowed(role, verb, resource, sub):
            what = '%s "%s"' % (plural_kind(resource, gv), name) if name else plural_kind(resource, gv)
            return self.send_json(*status_error(
                403, "Forbidden",
                '%s is forbidden: User "%s" cannot %s resource "%s" in API group "%s" in the namespace "%s"'
                % (what, user, verb, resname, group_of(gv), ns), kind=resource, name=name, group=group_of(gv)))
        if resource == "namespaces" and gv == "" and name and method == "GET":
            with LOCK:
                if any(key[0] == name for table in ("deployments", "configmaps") for key in STATE[table]):
                    return self.send_json(200, {"kind": "Namespace", "apiVersion": "v1",
                                                "metadata": {"name": name, "uid": "uid-ns-" + name, "resourceVersion": "1"},
                                                "spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}})
            return self.send_json(*status_error(404, "NotFound", 'namespaces "%s" not found' % name, kind="namespaces", name=name))
        if resource == "configmaps" and gv == "" and ns and not sub:
            with LOCK:
                return self.configmap(ns, name, method, verb, body, query)
        table = {"deployments": "deployments", "replicasets": "replicasets", "horizontalpodautoscalers": "hpas"}.get(resource)
        if table is None:
            return self.send_json(*status_error(404, "NotFound", "the server could not find the requested resource"))
        with LOCK:
            if name is None:
                if verb == "watch":
                    return self.watch(table, ns, query)
                items = [public(o) for (ons, _), o in sorted(STATE[table].items()) if (ns is None or ons == ns)
                         and selector_matches(o["metadata"].get("labels", {}), query.get("labelSelector", [""])[0])
                         and self.field_matches(o, query.get("fieldSelector", [""])[0])]
                kind = {"deployments": "DeploymentList", "replicasets": "ReplicaSetList", "hpas": "HorizontalPodAutoscalerList"}[table]
                return self.send_json(200, {"kind": kind, "apiVersion": gv, "metadata": {"resourceVersion": str(RV[0])}, "items": items})
            obj = STATE[table].get((ns, name))
            if obj is None:
                return self.send_json(*status_error(404, "NotFound", '%s "%s" not found' % (plural_kind(resource, gv), name),
                                                    kind=resource, name=name, group=group_of(gv)))
            if sub == "scale":
                return self.scale(obj, method, body)
            if method == "GET":
                return self.send_json(200, public(obj))
            if method == "PATCH":
                try:
                    patched = apply_patch(public(obj), self.headers.get("Content-Type", ""), body)
                except (ValueError, KeyError, IndexError) as e:
                    return self.send_json(*status_error(422, "Invalid", str(e)))
                if table == "hpas" and patched["spec"].get("maxReplicas", 1) < patched["spec"].get("minReplicas", 1):
                    return self.send_json(*status_error(
                        422, "Invalid", 'HorizontalPodAutoscaler.autoscaling "%s" is invalid: spec.maxReplicas: Invalid value: %d: '
                        'must be greater than or equal to `minReplicas`' % (name, patched["spec"]["maxReplicas"])))
                if table == "deployments" and patched["spec"] != obj["spec"]:
                    patched["metadata"]["generation"] = obj["metadata"]["generation"] + 1
                    if patched["spec"]["template"] != obj["spec"]["template"]:
                        patched["_rolloutStart"] = time.time()
                    if patched["spec"]["replicas"] != obj["spec"]["replicas"]:
                        patched["_scaleStart"] = time.time()
                patched["metadata"]["resourceVersion"] = next_rv()
                patched["status"] = obj.get("status", {})
                for k, v in obj.items():
                    if k.startswith("_") and k not in patched:
                        patched[k] = v
                STATE[table][(ns, name)] = patched
                if table == "deployments":
                    sync_deployment(patched)
                LOCK.notify_all()
                return self.send_json(200, public(patched))
        return self.send_json(*status_error(405, "MethodNotAllowed", "method not allowed"))

    def configmap(self, ns, name, method, verb, body, query):
        """ConfigMaps: list/watch, create (POST), get, patch and replace (PUT), with the API server's
        optimistic concurrency and validation. Called with LOCK held."""
        table = STATE["configmaps"]
        if name is None and verb == "watch":
            return self.watch("configmaps", ns, query)
        if name is None and method == "GET":
            items = [public(o) for (ons, _), o in sorted(table.items()) if ons == ns
                     and selector_matches(o["metadata"].get("labels", {}), query.get("labelSelector", [""])[0])
                     and self.field_matches(o, query.get("fieldSelector", [""])[0])]
            return self.send_json(200, {"kind": "ConfigMapList", "apiVersion": "v1", "metadata": {"resourceVersion": str(RV[0])},
                                        "items": items})
        try:
            sent = json.loads(body or b"null")
        except ValueError as e:
            return self.send_json(*status_error(400, "BadRequest", "the body is not JSON: %s" % e))
        if name is None and method == "POST":
            if not isinstance(sent, dict):
                return self.send_json(*status_error(400, "BadRequest", "the body is not a ConfigMap"))
            cm = tidy_configmap(sent)
            meta = cm.setdefault("metadata", {})
            new = meta.get("name", "")
            if not new:
                return self.send_json(*status_error(422, "Invalid", 'ConfigMap "" is invalid: metadata.name: Required value: name or '
                                                    'generateName is required', kind="ConfigMap", name="", group=""))
            if meta.get("namespace", ns) != ns:
                return self.send_json(*status_error(400, "BadRequest", "the namespace of the provided object does not match the "
                                                    "namespace sent on the request"))
            if not any(key[0] == ns for t in ("deployments", "configmaps") for key in STATE[t]):
                return self.send_json(*status_error(404, "NotFound", 'namespaces "%s" not found' % ns, kind="namespaces", name=ns))
            if (ns, new) in table:
                return self.send_json(*status_error(409, "AlreadyExists", 'configmaps "%s" already exists' % new,
                                                    kind="configmaps", name=new, group=""))
            problem = invalid_configmap(cm)
            if problem:
                return self.send_json(*problem)
            meta.update({"namespace": ns, "uid": "uid-cm-%s-%s-%s" % (ns, new, RV[0]), "resourceVersion": next_rv(),
                         "creationTimestamp": now()})
            cm.update({"apiVersion": "v1", "kind": "ConfigMap"})
            table[(ns, new)] = cm
            LOCK.notify_all()
            return self.send_json(201, public(cm))
        obj = table.get((ns, name)) if name else None
        if obj is None:
            return self.send_json(*status_error(404, "NotFound", 'configmaps "%s" not found' % name, kind="configmaps", name=name,
                                                group=""))
        if method == "GET":
            return self.send_json(200, public(obj))
        if method == "PATCH":
            try:
                changed = apply_patch(public(obj), self.headers.get("Content-Type", ""), body)
            except (ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
                return self.send_json(*status_error(422, "Invalid", str(e)))
        elif method == "PUT":
            changed = sent
        else:
            return self.send_json(*status_error(405, "MethodNotAllowed", "method not allowed"))
        if not isinstance(changed, dict) or not isinstance(changed.get("metadata", {}), dict):
            return self.send_json(*status_error(400, "BadRequest", "the body is not a ConfigMap"))
        changed = tidy_configmap(changed)
        meta = changed.setdefault("metadata", {})
        if meta.get("name", name) != name or meta.get("namespace", ns) != ns:
            return self.send_json(*status_error(400, "BadRequest", "the name of the object (%s) does not match the name on the URL (%s)"
                                                % (meta.get("name"), name)))
        # A resourceVersion in the request is a precondition, never a value to store: the server
        # sets the next one. Without it (a PUT or patch that names none) the write is unconditional.
        rv = meta.pop("resourceVersion", None)
        if rv is not None and rv != obj["metadata"]["resourceVersion"]:
            return self.send_json(*conflict("configmaps", name))
        problem = invalid_configmap(changed)
        if problem:
            return self.send_json(*problem)
        # The server owns these: what the request says about them is ignored.
        for k in ("name", "namespace", "uid", "creationTimestamp"):
            meta[k] = obj["metadata"][k]
        changed.update({"apiVersion": "v1", "kind": "ConfigMap"})
        unchanged = dict(public(obj), metadata={k: v for k, v in obj["metadata"].items() if k != "resourceVersion"})
        if changed == unchanged:
            return self.send_json(200, public(obj))  # a write that changes nothing keeps the resourceVersion, as the server's does
        meta["resourceVersion"] = next_rv()
        table[(ns, name)] = changed
        LOCK.notify_all()
        return self.send_json(200, public(changed))

    def field_matches(self, obj, selector):
        if not selector:
            return True
        k, _, v = selector.partition("=")
        return k == "metadata.name" and obj["metadata"]["name"] == v

    def scale(self, d, method, body):
        if method == "GET":
            return self.send_json(200, scale_of(d))
        req = json.loads(body or b"{}")
        if method == "PUT":
            rv = req.get("metadata", {}).get("resourceVersion")
            if rv and rv != d["metadata"]["resourceVersion"]:
                return self.send_json(*status_error(
                    409, "Conflict", 'Operation cannot be fulfilled on deployments.apps "%s": the object has been modified; '
                    'please apply your changes to the latest version and try again' % d["metadata"]["name"],
                    kind="deployments", name=d["metadata"]["name"], group="apps"))
            replicas = req.get("spec", {}).get("replicas")
        else:
            replicas = merge_patch(scale_of(d), req)["spec"].get("replicas")
        if not isinstance(replicas, int) or replicas < 0:
            return self.send_json(*status_error(422, "Invalid", "spec.replicas: Invalid value"))
        if replicas != d["spec"]["replicas"]:
            d["spec"]["replicas"] = replicas
            d["metadata"]["generation"] += 1
            d["_scaleStart"] = time.time()
        d["metadata"]["resourceVersion"] = next_rv()
        sync_deployment(d)
        LOCK.notify_all()
        return self.send_json(200, scale_of(d))

    def watch(self, table, ns, query):
        """Streams ADDED, then MODIFIED whenever an object changes (chunked), until the client goes."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        selector = query.get("fieldSelector", [""])[0]
        labels = query.get("labelSelector", [""])[0]
        timeout = float(query.get("timeoutSeconds", ["300"])[0])
        deadline = time.time() + min(timeout, 600)
        seen = {}

        def emit(kind, obj):
            data = (json.dumps({"type": kind, "object": public(obj)}) + "\n").encode()
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            self.wfile.flush()

        try:
            while time.time() < deadline:
                for key, o in sorted(STATE[table].items()):
                    if (ns is None or key[0] == ns) and self.field_matches(o, selector) \
                            and selector_matches(o["metadata"].get("labels", {}), labels):
                        rv = o["metadata"]["resourceVersion"]
                        if seen.get(key) != rv:
                            emit("ADDED" if key not in seen else "MODIFIED", o)
                            seen[key] = rv
                LOCK.wait(0.5)
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass


def main():
    global READY_DELAY
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--state", required=True, help="JSON: {namespace: [{name, replicas, image, hpa: {minReplicas, maxReplicas}}], "
                    '"configmaps": [{namespace, name, data, annotations}]}')
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--tls-dir", required=True, help="where the certificate and key are made")
    ap.add_argument("--ready-delay", type=float, default=1.0)
    ap.add_argument("--token", action="append", default=[], help="TOKEN=ROLE (viewer, operator, manager)")
    ap.add_argument("--stuck", action="append", default=[], help="NAMESPACE/DEPLOYMENT whose new pods never get ready")
    ap.add_argument("--simulator", help="the demo simulator's URL: replica changes are POSTed to its /control")
    args = ap.parse_args()
    READY_DELAY = args.ready_delay
    SIMULATOR[0] = args.simulator
    for t in args.token or ["operator-token=operator"]:
        token, _, role = t.partition("=")
        TOKENS[token] = role
    for s in args.stuck:
        STUCK.add(tuple(s.split("/", 1)))
    with open(args.state) as f:
        spec = json.load(f)
    for ns, deployments in spec.items():
        if ns == "configmaps":
            continue
        for d in deployments:
            make_deployment(ns, d)
    for cm in spec.get("configmaps", []):
        make_configmap(cm["namespace"], cm)
    os.makedirs(args.tls_dir, exist_ok=True)
    cert, key = os.path.join(args.tls_dir, "ca.crt"), os.path.join(args.tls_dir, "server.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                    "-subj", "/CN=kube-double", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=controller, daemon=True).start()
    print("https://127.0.0.1:%d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
