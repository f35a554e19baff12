"""The ``kg`` command: argument parsing only; the work is done by the library.

Errors the user can fix (a missing file, a bad query, bad input) print one line on
stderr and exit with status 2; no traceback.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

__all__ = ["main"]

DEFAULT_INPUT = "data/articles"
DEFAULT_OUT = "exports"
DEFAULT_GRAPH = f"{DEFAULT_OUT}/graph.trig"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg", description="Knowledge graphs from Indonesian regional news: build, query, render.")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    # one function a command, in the order `kg --help` lists them
    for add in (_add_build, _add_query, _add_render, _add_export,
                _add_validate, _add_eval, _add_push, _add_serve, _add_check):
        add(sub)
    for command in sub.choices.values():  # `kg build -q` as well as `kg -q build`
        command.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                             help="print errors only")
    return p


def _add_build(sub) -> None:
    b = sub.add_parser("build", help="build the graph from articles and write exports",
                       description="Read articles (.txt, .html, .jsonl or folders), extract, and write "
                                   "graph.trig, graph.ttl, graph.jsonld and graph.png. With --store, the store "
                                   "is the dataset: only graph.png is written, and `kg export --store DIR` "
                                   "streams the exports from it.")
    b.add_argument("inputs", nargs="*", default=[DEFAULT_INPUT], metavar="INPUT",
                   help=f"files or folders (default: {DEFAULT_INPUT})")
    b.add_argument("--out", default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})")
    b.add_argument("--base", help="base IRI for minted resources (default: $KG_BASE_IRI or the built-in one)")
    b.add_argument("--no-picture", action="store_true", help="skip graph.png")
    b.add_argument("--store", metavar="DIR", help="keep the graph in an on-disk store (incremental: only new or "
                                                  "changed articles are extracted; removed ones leave; no "
                                                  "whole-corpus export is written: use `kg export --store DIR`)")
    b.add_argument("--workers", type=int, help="processes for extraction with --store (default: all cores)")
    b.add_argument("--executor", metavar="WHERE",
                   help="where extraction runs with --store: local (default: --workers processes here), "
                        "dask://HOST:PORT (a Dask cluster's scheduler; every worker needs this project "
                        "installed; the store stays here) or dask-local (a Dask cluster of --workers "
                        "processes on this machine)")
    b.add_argument("--validate", action="store_true",
                   help="check the graph against the profile's SHACL shapes; exit 1 on violations")


def _add_query(sub) -> None:
    q = sub.add_parser("query", help="run SPARQL (or a canned query by name) over a built graph",
                       description="QUERY is SPARQL text, a .rq file, or a canned query name "
                                   "(see `kg query --list`).")
    q.add_argument("query", nargs="?", help="SPARQL text, FILE.rq, or a canned name such as 'officials'")
    q.add_argument("--graph", default=DEFAULT_GRAPH, help=f"graph file (default: {DEFAULT_GRAPH})")
    q.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    q.add_argument("--list", action="store_true", help="list the canned queries")
    q.add_argument("--store", metavar="DIR", help="query a store built with `kg build --store DIR` instead")
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="a value for the query's $NAME: an IRI, a date (2020-01-31), a number, or a name "
                        "(\"Bambang Sutejo\", \"Pak Sutejo\"), looked up among the entities' names; repeatable")


def _add_render(sub) -> None:
    r = sub.add_parser("render", help="draw the graph, a query result, an overview or a timeline",
                       description="Draw a built graph as PNG, SVG or PDF (from the --out suffix). "
                                   "Without a view option: the things and their relations (cut to "
                                   "the best-connected 300). Views: --query (what a SPARQL CONSTRUCT "
                                   "returns), --overview (the top entities of a corpus of any size), "
                                   "--timeline (events on a time axis).")
    view = r.add_mutually_exclusive_group()
    view.add_argument("--query", metavar="FILE.rq",
                      help="draw what this SPARQL CONSTRUCT returns (a .rq file, SPARQL text or a "
                           "canned name); types and names come from the whole graph")
    view.add_argument("--overview", action="store_true",
                      help="a corpus overview: the top entities, how they hang together, what was left out")
    view.add_argument("--timeline", action="store_true",
                      help="events by date (schema:startDate): all, or those of --focus")
    view.add_argument("--html", action="store_true",
                      help="one self-contained, offline HTML page: pan, zoom, search, filters by article, "
                           "date range and kind, and a side panel with each node's properties, articles and "
                           "the sentences it came from")
    r.add_argument("--graph", default=DEFAULT_GRAPH, help=f"graph file (default: {DEFAULT_GRAPH})")
    r.add_argument("--store", metavar="DIR", help="draw a store built with `kg build --store DIR` instead")
    r.add_argument("--focus", help="a person's, institution's or place's name (or IRI): draw only "
                                   "around it (with --timeline: its events)")
    r.add_argument("--depth", type=int, help="hops around --focus (default: 2)")
    r.add_argument("--top", type=int, metavar="N",
                   help="--overview: how many entities to keep (default: 60)")
    r.add_argument("--by", choices=["articles", "degree"],
                   help="--overview: rank entities by articles mentioning them (default) or by links")
    r.add_argument("--communities", action="store_true",
                   help="--overview: colour the communities (Louvain, fixed seed)")
    r.add_argument("--out", help=f"output file: .png, .svg or .pdf; .html with --html (default: "
                                 f"{DEFAULT_OUT}/graph.png, graph.html, overview.png, timeline.png or "
                                 "QUERY-NAME.png)")
    r.add_argument("--title", help="picture title (default: the headlines, or the query's first comment; "
                                   "with --html, what the view holds)")


def _add_export(sub) -> None:
    x = sub.add_parser("export", help="write a built graph as RDF, GraphML, GEXF, CSV or VoID",
                       description="Read a built graph and write it as one of: turtle, trig, nt, nquads, "
                                   "jsonld, xml (RDF; turtle, nt and xml hold the union of the article "
                                   "graphs), graphml, gexf (for Gephi, Cytoscape), csv (tidy tables), void "
                                   "(a VoID/DCAT description, Turtle). Aliases: ttl, n-triples, nq, json-ld, "
                                   "rdfxml, rdf. The file is replaced only once it is complete. With "
                                   "--store, trig, turtle, jsonld, nquads and nt are streamed from the store "
                                   "one article at a time (memory does not grow with the store), a target "
                                   "that already holds the same bytes is left untouched (\"unchanged\"), and "
                                   "--split DIR writes one file per --batch articles with a manifest.json "
                                   "(files, article ids, sizes, sha256) for parallel loading; the other "
                                   "formats load the whole graph.")
    x.add_argument("--format", required=True, metavar="FORMAT",
                   help="turtle, trig, nt, nquads, jsonld, xml, graphml, gexf, csv or void")
    x.add_argument("-o", "--out", metavar="PATH",
                   help="output file; for csv NAME.csv (NAME-nodes.csv and the other tables beside it) or "
                        "a folder (nodes.csv, edges.csv, quotes.csv, mentions.csv in it)")
    x.add_argument("--split", metavar="DIR",
                   help="with --store: one file per batch of articles (part-00001.trig …) and manifest.json "
                        "in DIR, instead of --out")
    x.add_argument("--batch", type=int, default=1000, metavar="N",
                   help="with --split: articles per file (default: 1000)")
    x.add_argument("--view", choices=["all", "people"], default="all",
                   help="graphml, gexf, csv: the whole readable graph (default), or the people network: who "
                        "attended the same events or was quoted in the same articles, weighted")
    x.add_argument("--graph", default=DEFAULT_GRAPH, help=f"graph file (default: {DEFAULT_GRAPH})")
    x.add_argument("--store", metavar="DIR", help="export a store built with `kg build --store DIR` instead")
    x.add_argument("--base", help="base IRI of the VoID description's own IRIs "
                                  "(default: the one the articles were minted under)")


def _add_validate(sub) -> None:
    v = sub.add_parser("validate", help="check a built graph against the profile's SHACL shapes",
                       description="Validate GRAPH against graph/shapes.ttl and print the violations "
                                   "grouped by shape. Exit status: 0 conforms, 1 violations, 2 error.")
    v.add_argument("graph", nargs="?", default=DEFAULT_GRAPH, metavar="GRAPH",
                   help=f"graph file: .trig, .nq, .ttl, .nt or .jsonld (default: {DEFAULT_GRAPH})")


def _add_eval(sub) -> None:
    e = sub.add_parser("eval", help="score the extractor against gold annotations",
                       description="Build each article that has a *.gold.yaml beside it and score the graph "
                                   "(read through SPARQL) per category: P, R, F1, per article and overall.")
    e.add_argument("gold", nargs="*", metavar="GOLD_DIR", help="folders (or files) of *.gold.yaml with their .txt")
    e.add_argument("--conll", metavar="FILE", help="score typed NIF mentions against a CoNLL/IOB2 NER file")
    e.add_argument("--resolution", metavar="DIR",
                   help="build all articles of DIR together and score cross-article entity resolution "
                        "(pairwise P/R) against DIR/resolution.gold.yaml")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--verbose", action="store_true", help="list every miss and false positive")


def _add_push(sub) -> None:
    pu = sub.add_parser("push", help="send the article graphs to a remote triple store",
                        description="PUT each article's named graph to a SPARQL 1.1 Graph Store (--gsp), "
                                    "replacing the remote copy, so a push never duplicates and a push that "
                                    "stopped is finished by running it again. Without --gsp, or when it answers "
                                    "404/405/501, SPARQL Update at --endpoint is used (DROP SILENT GRAPH + "
                                    "INSERT DATA). The password comes from $KG_PUSH_PASSWORD or a prompt, "
                                    "never from the command line. Virtuoso: --endpoint …/sparql-auth --gsp "
                                    "…/sparql-graph-crud-auth --auth digest; Oxigraph: --endpoint …/update "
                                    "--gsp …/store; Fuseki: --endpoint …/ds/update --gsp …/ds/data.")
    pu.add_argument("--endpoint", required=True, metavar="URL", help="SPARQL endpoint that accepts updates")
    pu.add_argument("--graph", default=DEFAULT_GRAPH, help=f"graph file (default: {DEFAULT_GRAPH})")
    pu.add_argument("--store", metavar="DIR", help="push a store built with `kg build --store DIR` instead")
    pu.add_argument("--gsp", metavar="URL", help="Graph Store Protocol endpoint (each graph is PUT to URL?graph=IRI)")
    pu.add_argument("--user", help="user name (default: $KG_PUSH_USER; anonymous when neither is set)")
    pu.add_argument("--auth", choices=["basic", "digest"], help="HTTP authentication scheme (default: basic)")
    pu.add_argument("--timeout", type=float, default=120.0, metavar="S",
                    help="seconds to wait for each answer (default: 120)")
    pu.add_argument("--dry-run", action="store_true",
                    help="print the graphs, triple counts and target URLs; send nothing")
    pu.add_argument("--check", action="store_true",
                    help="after the push, run the competency questions on the target and compare the rows "
                         "with the local graph's; exit 1 when they differ")
    pu.add_argument("--query-url", metavar="URL",
                    help="the target's query endpoint for --check (default: --endpoint)")


def _add_serve(sub) -> None:
    s = sub.add_parser("serve", help="a SPARQL endpoint, entity pages and a query page over a store",
                       description="Serve a store built with `kg build --store DIR` over HTTP: the SPARQL 1.1 "
                                   "Protocol at /query (GET and POST; results as JSON, XML, CSV or TSV, graphs "
                                   "as Turtle, N-Triples or JSON-LD by the Accept header), the union of the "
                                   "article graphs' facts as the default graph and each article graph by its "
                                   "IRI, a page for every entity (its IRI's path on this server; RDF by the "
                                   "Accept header), /search?q= by any name, and a query page at / that works "
                                   "offline. Queries past their time, memory or size budget are stopped with "
                                   "503; SERVICE and LOAD are refused. Read-only unless --allow-update (writes "
                                   "then need the bearer token in $KG_SERVE_TOKEN); runs until Ctrl-C.")
    s.add_argument("--store", metavar="DIR", help="the store folder (default: exports/store)")
    s.add_argument("--host", metavar="H", help="address to listen on (default: 127.0.0.1, this machine only; "
                                               "0.0.0.0 for every interface)")
    s.add_argument("--port", metavar="N", type=int, help="port (default: 7878)")
    s.add_argument("--timeout", metavar="S", type=int,
                   help="seconds a query may run before it is stopped; 0 for no limit (default: 30)")
    s.add_argument("--workers", metavar="N", type=int, default=2,
                   help="queries that may run at once (default: 2; one with --allow-update)")
    s.add_argument("--allow-host", metavar="NAME", action="append", default=[],
                   help="another name the Host header may give (a proxy's, a LAN name); repeatable")
    s.add_argument("--allow-update", action="store_true",
                   help="accept SPARQL Update and Graph Store writes with the bearer token in $KG_SERVE_TOKEN "
                        "(the store is then locked against builds)")
    s.add_argument("--cors", action="store_true", help="let pages from other sites read (never write)")


def _add_check(sub) -> None:
    c = sub.add_parser("check", help="verify a store: manifest, graphs, chunks, default graph, exports, search",
                       description="Verify everything a store built with `kg build --store DIR` holds: its "
                                   "manifest against the named graphs and the export chunks (every quad), the "
                                   "default graph against the union of the article graphs, the resolver's "
                                   "clusters, the exports' stamp and files, the search index. One line per "
                                   "problem with what to do. Exit status: 0 all is well, 1 not.")
    c.add_argument("--store", required=True, metavar="DIR", help="the store folder")
    c.add_argument("--repair", action="store_true",
                   help="mend what can be mended without the inputs (lost or changed articles leave the "
                        "manifest, for the next build to extract again; orphans go; the default graph, the "
                        "exports and the search index are made again), then check again")


def _cmd_check(args) -> int:
    from .check import check_store, repair_store
    if args.repair:
        done, report = repair_store(args.store)
        for line in done:
            print(f"repaired: {line}")
    else:
        report = check_store(args.store)
    if report.ok and args.quiet:
        return 0
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


def _cmd_build(args) -> int:
    from .pipeline import build, build_store
    if args.executor and not args.store:
        raise ValueError("--executor needs --store (a build without a store extracts in this process)")
    if args.store:
        summary = build_store(args.inputs, args.store, args.out, base=args.base, picture=not args.no_picture,
                              workers=args.workers, executor=args.executor)
    else:
        summary = build(args.inputs, args.out, base=args.base, picture=not args.no_picture,
                        validate=args.validate)
    if args.validate and args.store:
        from .store import KGStore
        from .validate import validate_dataset
        with KGStore(args.store) as st:
            summary.validation = validate_dataset(st.to_dataset())
    if not args.quiet:
        print("\n".join(summary.lines()))
    if summary.validation is not None and not summary.validation.conforms:
        from .validate import format_report
        print(format_report(summary.validation))
        return 1
    return 0


def _cmd_query(args) -> int:
    from .query import canned_queries, format_result, load_dataset, resolve_query, run_query
    if args.list or not args.query:
        for stem, text in canned_queries().items():
            first = text.splitlines()[0].lstrip("# ").strip()
            print(f"{stem:22} {first}")
        return 0
    from .query import bind_params, canned_name, for_terminal, name_lookup, query_store
    text = resolve_query(args.query)
    values = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"--param {item!r}: give NAME=VALUE")
        values[name.strip().lstrip("$")] = value
    if args.store:
        from .plans import PLANNED
        out = None
        if canned_name(args.query) in PLANNED and not Path(args.query).is_file():  # by its plan
            from .plans import index_answer, planned_text
            from .query import format_rows
            from .store import KGStore
            lookup = name_lookup(store=args.store)
            with KGStore(args.store) as st:
                found = index_answer(st, canned_name(args.query), values, lookup=lookup)
                if found is not None:  # s01, s06: the rows themselves, from the indexes
                    out = format_rows(*found, args.format)
                else:
                    text = planned_text(st, canned_name(args.query), values, lookup=lookup)
        elif values:
            text = bind_params(text, values, lookup=name_lookup(store=args.store))
        if out is None:
            out = query_store(args.store, text, args.format)
    else:
        ds = load_dataset(args.graph)
        if values:
            text = bind_params(text, values, lookup=name_lookup(dataset=ds))
        out = format_result(run_query(ds, text), args.format)
    if sys.stdout.isatty():  # text from articles never drives the terminal
        out = "\n".join(for_terminal(line) for line in out.split("\n"))
    print(out)
    return 0


def _cmd_render(args) -> int:
    from . import render
    from .query import open_dataset, resolve_query

    view = "query" if args.query else "overview" if args.overview else \
        "timeline" if args.timeline else "html" if args.html else "graph"
    misplaced = [flag for flag, given, views in (
        ("--focus", args.focus is not None, ("graph", "timeline", "html")),
        ("--depth", args.depth is not None, ("graph", "html")),
        ("--top", args.top is not None, ("overview",)),
        ("--by", args.by is not None, ("overview",)),
        ("--communities", args.communities, ("overview",))) if given and view not in views]
    if misplaced:
        what = "the graph picture" if view == "graph" else f"--{view}"
        raise ValueError(f"{', '.join(misplaced)} cannot be used with {what}")
    query = resolve_query(args.query) if args.query else None  # a bad query fails before loading
    name = view if view != "query" else Path(args.query).stem if args.query.endswith(".rq") else "query"
    out = args.out or (f"{DEFAULT_OUT}/graph.html" if view == "html" else f"{DEFAULT_OUT}/{name}.png")
    ds = open_dataset(args.graph, args.store)
    if view == "html":
        from .render import render_html
        path = render_html(ds, out, focus=args.focus, depth=2 if args.depth is None else args.depth,
                           title=args.title)
    elif view == "query":
        path = render.render_query(ds, query, out, title=args.title)
    elif view == "overview":
        path = render.render_overview(ds, out, top=render.OVERVIEW_TOP if args.top is None else args.top,
                                      by=args.by or "articles", communities=args.communities,
                                      title=args.title)
    elif view == "timeline":
        path = render.render_timeline(ds, out, focus=args.focus, title=args.title)
    else:
        path = render.render_png(ds, out, focus=args.focus, depth=2 if args.depth is None else args.depth,
                                 title=args.title)
    if not args.quiet:
        print(f"wrote: {path}")
    return 0


def _cmd_export(args) -> int:
    from .export import STREAMED_SUFFIXES, export, export_store, export_store_split, resolve_format
    if bool(args.out) == bool(args.split):
        raise ValueError("give --out FILE, or --split DIR with --store")
    key = resolve_format(args.format)
    if args.split and not args.store:
        raise ValueError("--split DIR writes a store's articles in batches: give --store DIR too")
    streamed = args.store and key in STREAMED_SUFFIXES and not args.base and args.view == "all"
    if args.split and not streamed:
        raise ValueError(f"--split writes {', '.join(STREAMED_SUFFIXES)} (and no --base or --view)")
    if streamed:  # straight from the store's chunks, one article at a time, never a full load
        from .store import KGStore
        with KGStore(args.store) as st:
            done = export_store_split(st, key, args.split, batch=args.batch) if args.split else \
                [export_store(st, key, args.out)]
        for path, written in [] if args.quiet else done:
            print(f"{'wrote' if written else 'unchanged'}: {path}")
        return 0
    if args.store and args.view == "people":  # the people network straight from the store's engine
        from .store import KGStore
        with KGStore(args.store) as st:
            paths = export(st, args.format, args.out, view=args.view)
        for path in [] if args.quiet else paths:
            print(f"wrote: {path}")
        return 0
    from .query import open_dataset
    ds = open_dataset(args.graph, args.store)
    for path in export(ds, args.format, args.out, base=args.base, view=args.view):
        if not args.quiet:
            print(f"wrote: {path}")
    return 0


def _cmd_validate(args) -> int:
    from .query import load_dataset
    from .validate import format_report, validate_dataset
    report = validate_dataset(load_dataset(args.graph))
    if report.conforms:
        if not args.quiet:
            print(report.summary())
        return 0
    print(format_report(report))
    return 1


def _cmd_eval(args) -> int:
    from .evaluation.conll import evaluate_conll, format_conll
    from .evaluation.gold import evaluate_dir, format_report
    if args.resolution:
        from .evaluation.resolution import evaluate_resolution, format_resolution
        res = evaluate_resolution(args.resolution)
        if args.json:
            import json
            print(json.dumps(res.to_json(), ensure_ascii=False, indent=2))
        else:
            print(format_resolution(res, verbose=args.verbose))
        if not args.gold and not args.conll:
            return 0
    if args.conll:
        if not Path(args.conll).is_file():
            raise FileNotFoundError(f"{args.conll}: no such CoNLL file")
        conll = evaluate_conll(args.conll)
        if args.json:
            import json
            print(json.dumps(conll.to_json(), indent=2))
        else:
            print(format_conll(conll, verbose=args.verbose))
        if not args.gold:
            return 0
    if not args.gold:
        raise ValueError("give GOLD_DIR folders, --conll FILE, --resolution DIR, or several")
    report = evaluate_dir(args.gold)
    if args.json:
        import json
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, verbose=args.verbose))
    return 0


def _cmd_serve(args) -> int:
    from . import serve
    return serve.serve(args.store or serve.DEFAULT_STORE, host=args.host or serve.DEFAULT_HOST,
                       port=serve.DEFAULT_PORT if args.port is None else args.port,
                       timeout=serve.DEFAULT_TIMEOUT if args.timeout is None else args.timeout,
                       allow_update=args.allow_update, cors=args.cors, allowed_hosts=tuple(args.allow_host),
                       workers=args.workers, quiet=args.quiet)


def _cmd_push(args) -> int:
    from .push import PushTarget, describe_push, graph_payloads, push_graphs, resolve_credentials
    from .query import open_dataset
    target = PushTarget(args.endpoint, args.gsp, timeout=args.timeout)
    credentials = resolve_credentials(args.user, args.auth, ask=not args.dry_run)
    ds = open_dataset(args.graph, args.store)
    payloads = graph_payloads(ds)
    if args.dry_run:
        print("\n".join(describe_push(payloads, target, credentials)))
        return 0
    summary = push_graphs(payloads, target, credentials, progress=None if args.quiet else print)
    if not args.quiet:
        print(summary.line())
    if args.check:
        from .push import check_target, format_check
        lines, ok = format_check(check_target(ds, args.query_url or args.endpoint, credentials,
                                              timeout=args.timeout))
        print("\n".join(lines))
        return 0 if ok else 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR if args.quiet else logging.WARNING,
                        format="kg: %(message)s", stream=sys.stderr)
    commands = {"build": _cmd_build, "query": _cmd_query, "render": _cmd_render, "eval": _cmd_eval,
                "export": _cmd_export, "validate": _cmd_validate, "serve": _cmd_serve,
                "push": _cmd_push, "check": _cmd_check}
    if args.command not in commands:
        parser.print_help()
        return 0
    try:
        return commands[args.command](args)
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `kg query … | head`: the reader has gone; nothing to report
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # the boundary: a user sees one line, never a traceback
        from pyparsing import ParseException  # rdflib's SPARQL parser error
        kind = "bad SPARQL" if isinstance(exc, ParseException) else type(exc).__name__
        if isinstance(exc, (ValueError, OSError)):
            kind = "error"
        message = str(exc).splitlines()[0] if str(exc).strip() else repr(exc)
        print(f"kg: {kind}: {message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
