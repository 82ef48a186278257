/* stats: the analysis report of `unxref stats` — size, density, components; resolutions
 * ranked on the resolution citation graph (PageRank of the resolutions and the "cites"
 * links between them); bodies and conventions by the texts mentioning them; the bodies set
 * up by a resolution; top nodes of the whole graph by PageRank / in-degree / betweenness;
 * communities, main path, co-citation and coupling,
 * citations over time (per year, citation age, most cited per decade) and anomalies
 * (citations of a resolution adopted later than the citing text) — computed from an
 * analysed graph and printed as text; emit_json writes the same report as JSON. */
#ifndef UNXREF_STATS_H
#define UNXREF_STATS_H

#include <stdio.h>

#include "cocite.h"
#include "graph.h"
#include "mainpath.h"

struct year_count {
    int year;   /* a year, an age in years, or a decade's first year */
    long n;
};

struct decade_top {
    int decade;
    size_t top[3], n;   /* most cited resolutions of the decade (in-degree) */
};

struct stats_report {
    const struct graph *g;
    size_t kinds[4], types[3];
    double density;          /* links / (n (n − 1)) */
    size_t isolated;         /* nodes without links */
    size_t ntop;             /* length of each top list */
    size_t *by_pagerank, *by_in_degree, *by_betweenness;   /* all kinds, all links */
    size_t *resolutions;     /* by PageRank on the resolution citation graph (≤ ntop) */
    size_t nresolutions;
    size_t *bodies, *conventions;   /* by in-degree (texts mentioning them), ≤ ntop */
    size_t nbodies, nconventions;
    size_t *unknowns;        /* names not in the gazetteer ("unknown:" ids) by in-degree, the
                                evidence for growing it, ≤ ntop */
    size_t nunknowns;
    size_t *established;     /* established_by links (edge indices), the most mentioned
                                bodies first, ≤ ntop */
    size_t nestablished;
    struct mainpath mp;
    size_t keys;             /* key routes searched */
    struct node_pair *cocitation, *coupling;
    size_t ncocitation, ncoupling;
    double cocitation_visits, coupling_visits;   /* pair visits (skipped above the limit) */
    struct year_count *per_year, *ages;   /* "cites" links by citing year; by age ≥ 0 */
    size_t nper_year, nages;
    struct decade_top *decades;
    size_t ndecades;
    size_t *anomalies;       /* "cites" links to a later year (edge indices) */
    size_t nanomalies;
};

/* Builds the report of an analysed graph (analyze_metrics done) with top-ntop lists.
 * Returns 0, or -1 after reporting. Release with stats_release. */
int stats_compute(const struct graph *g, size_t ntop, struct stats_report *r);
void stats_print(const struct stats_report *r, FILE *fp);
void stats_release(struct stats_report *r);

#endif
