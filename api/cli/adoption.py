"""`stdcompare adoption`: the adoption rate of an international catalogue in a domestic one, per ICS field."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Optional

import typer

from api.cli.app import command, load_model, settings
from api.cli.render import table
from compare.adoption.rate import assess
from compare.adoption.clauses import store_vectors, suggest_degrees
from compare.adoption.report import result_to_dict, write_report
from compare.adoption.catalogue import DOMESTIC, INTERNATIONAL, read_catalogue
from compare.core.adoption_rule import rule_from
from compare.core.errors import InputFileError
from compare.core.policy import ADOPTION_TARGET_PERCENT, MATCH_SCORE
from compare.store.store import Store


@command("adoption")
def adoption_command(
    international: Path = typer.Argument(..., help="catalogue of international standards (.csv/.xlsx): number, "
                                                   "title, ICS, status"),
    domestic: Path = typer.Option(..., "--domestic", help="catalogue of domestic standards (.csv/.xlsx): 标准号, "
                                                         "标准名称, 状态, 采标情况 (adoption note)"),
    output: Path = typer.Option(..., "--output", "-o", help="report workbook (.xlsx)"),
    min_score: float = typer.Option(MATCH_SCORE, "--min-score", min=0, max=100,
                                    help="lowest title-similarity score (0-100) proposed as a link"),
    no_similarity: bool = typer.Option(False, "--no-similarity", help="link by declared notes and numbers only "
                                                                      "(no encoder is loaded)"),
    target: float = typer.Option(ADOPTION_TARGET_PERCENT, "--target", min=0, max=100, help="adoption-rate target in %"),
    model: Optional[str] = typer.Option(None, "--model", help="encoder for title similarity [env STDCOMPARE_MODEL]"),
    store: Optional[Path] = typer.Option(None, "--store", help="a store holding clauses of both sides: links whose "
                                                                "degree is to confirm get a degree suggested from "
                                                                "their clauses (never counted)"),
    bodies: Optional[str] = typer.Option(None, "--bodies", help="international bodies whose standards count, "
                                                                "comma-separated ('*': every body) [default "
                                                                "ISO,IEC,ITU: the 2025 rule]"),
    levels: Optional[str] = typer.Option(None, "--levels", help="domestic levels that adopt: national, industry, "
                                                                "local, association, enterprise [default national]"),
    degrees: Optional[str] = typer.Option(None, "--degrees", help="degrees that count: IDT,MOD (NEQ never counts) "
                                                                  "[default IDT,MOD]"),
    as_json: bool = typer.Option(False, "--json", help="also print the figures as JSON"),
) -> None:
    """Adoption rate of INTERNATIONAL standards in the --domestic catalogue, per ICS field, with the gap list."""
    if output.suffix.lower() != ".xlsx":
        raise InputFileError(f"--output must end in .xlsx (got '{output.name}')")
    if not output.parent.exists():
        raise InputFileError(f"output folder does not exist: {output.parent}")
    rule = rule_from(bodies, levels, degrees)
    started = time.perf_counter()
    intl = read_catalogue(international, INTERNATIONAL)
    dom = read_catalogue(domestic, DOMESTIC)
    encode, name = None, ""
    if not no_similarity:
        encoder = load_model(model)
        encode, name = encoder.encode, encoder.name
    result = assess(intl, dom, encode=encode, encoder_name=name, min_score=min_score, target=target,
                    rule=rule)
    if store is not None:
        with Store.open(store, **settings().store_options()) as db:
            result = suggest_degrees(result, store_vectors(db))
    write_report(result, output)
    typer.echo(f"rule: {rule.description}")
    rows = [[f.field, f.name, f.in_scope, f.idt, f.mod, f.neq, f.candidate, f.not_adopted,
             "-" if f.rate is None else f"{f.rate:.1f}", "yes" if f.meets_target else "no", f.needed, f.outdated]
            for f in list(result.fields) + [result.overall]]
    typer.echo(table(["ICS", "field", "scope", "IDT", "MOD", "NEQ", "confirm", "none", "rate %", "≥target",
                      "needed", "outdated"], rows, [4, 28, 5, 4, 4, 4, 7, 5, 6, 7, 6, 8]))
    overall = result.overall
    met = "met" if overall.meets_target else "not met"
    typer.echo(f"adoption rate {overall.rate if overall.rate is not None else '-'} % of {overall.in_scope} "
               f"international standards (target {target:g} %: {met}); {len(result.outside)} standard(s) of "
               f"bodies outside the rule not counted; current-edition rate "
               f"{overall.current_edition_rate if overall.rate is not None else '-'} %; {len(result.gaps)} gaps, "
               f"{len(result.outdated)} outdated, {len(result.issues)} notes; report written to {output} "
               f"in {time.perf_counter() - started:.1f} s")
    if as_json:
        typer.echo(json.dumps(result_to_dict(result), ensure_ascii=False, indent=2))
