/* mainpath: main path analysis of the resolution citation graph (Hummon & Doreian 1989;
 * Batagelj 2003; Liu & Lu 2012) — the "cites" links between resolutions made acyclic
 * (links to a resolution adopted in a later year are dropped as anomalies, remaining
 * cycles broken by igraph's Eades feedback arc set), search path count (SPC) weights by
 * dynamic programming over a topological order, the global main path and the key-route
 * main path. Uses igraph for the DAG primitives only. */
#ifndef UNXREF_MAINPATH_H
#define UNXREF_MAINPATH_H

#include <stddef.h>

#include "graph.h"

struct mainpath {
    double *spc;         /* per edge of g: source–sink paths through it; 0 off the DAG */
    double npaths;       /* source–sink paths in the DAG (sources: nobody cites them) */
    size_t *path;        /* global main path: nodes, oldest (cited) first */
    size_t npath;
    double path_spc;     /* sum of SPC along it */
    size_t *keyroute;    /* key-route main path: edge indices, ascending */
    size_t nkeyroute;
    size_t *forward;     /* "cites" links to a resolution of a later year (dropped) */
    size_t nforward;
    size_t *cycle;       /* links dropped to break the remaining cycles */
    size_t ncycle;
    size_t narcs;        /* links in the DAG */
};

/* Computes everything for the top `keys` arcs of the key-route search. Returns 0, or -1
 * after reporting an igraph failure (mp is then empty). Release with mainpath_release. */
int mainpath_compute(const struct graph *g, size_t keys, struct mainpath *mp);
void mainpath_release(struct mainpath *mp);

#endif
