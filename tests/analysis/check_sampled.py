"""Independent check of the sampled betweenness of a graph.json made above the exact limit
(`unxref graph --exact-limit STEPS`): the sources are drawn again with the documented
generator (splitmix64 from the seed in graph.betweenness, the first k of a Fisher-Yates
shuffle), shortest paths are counted from them in plain Python (Brandes 2001, directed,
unweighted) and the sums scaled by n/k; every node must agree to 1e-9 relative. Closeness
must be null throughout.
Usage: check_sampled.py DIR"""
import collections
import json
import re
import sys

M = (1 << 64) - 1
data = json.load(open(sys.argv[1] + "/graph.json", encoding="utf-8"))
nodes, links, meta = data["nodes"], data["links"], data["graph"]
m = re.fullmatch(r"sampled: directed, unweighted, shortest paths from (\d+) of (\d+) nodes "
                 r"chosen at random \(splitmix64 seed (\d+)\), scaled by (\d+)/(\d+)",
                 meta["betweenness"])
assert m, meta["betweenness"]
k, n, seed = int(m[1]), int(m[2]), int(m[3])
assert n == len(nodes) and 0 < k < n and (int(m[4]), int(m[5])) == (n, k), m.groups()
assert meta["closeness"].startswith("not computed"), meta["closeness"]
assert all(x["closeness"] is None for x in nodes)

state = seed


def splitmix64():
    global state
    state = (state + 0x9E3779B97F4A7C15) & M
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return z ^ (z >> 31)


idx = list(range(n))
for i in range(k):
    j = i + splitmix64() % (n - i)
    idx[i], idx[j] = idx[j], idx[i]
sources = sorted(idx[:k])

pos = {x["id"]: i for i, x in enumerate(nodes)}
out = collections.defaultdict(list)
for l in links:  # parallel links of different types count as separate paths, as in igraph
    out[pos[l["source"]]].append(pos[l["target"]])
bc = [0.0] * n
for s in sources:
    sigma, dist, order, preds = {s: 1}, {s: 0}, [], collections.defaultdict(list)
    queue = collections.deque([s])
    while queue:
        v = queue.popleft()
        order.append(v)
        for w in out[v]:
            if w not in dist:
                dist[w] = dist[v] + 1
                sigma[w] = 0
                queue.append(w)
            if dist[w] == dist[v] + 1:
                sigma[w] += sigma[v]
                preds[w].append(v)
    delta = collections.defaultdict(float)
    for w in reversed(order):
        for v in preds[w]:
            delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
        if w != s:
            bc[w] += delta[w]
bad = 0
for x, b in zip(nodes, bc):
    want = b * n / k
    if abs(x["betweenness"] - want) > 1e-9 * max(abs(want), abs(x["betweenness"])) + 1e-12:
        bad += 1
        if bad < 10:
            print("FAIL: sampled betweenness", x["id"], x["betweenness"], "!=", want)
nonzero = sum(1 for b in bc if b > 0)
print(f"sampled betweenness: {k} of {n} sources, {nonzero} nodes on paths, {bad} differ")
sys.exit(1 if bad or nonzero == 0 else 0)
