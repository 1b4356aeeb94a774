"""`lgotp config`: the effective configuration as YAML or JSON."""

from __future__ import annotations

import json

from lgotp_cli.config import Config


def config_document(config: Config) -> dict:
    """The configuration as plain data, shaped like lgotp.yaml."""
    data = config.model_dump(mode="json")
    tax = {int(year): rates for year, rates in data["allocation_tax"].items()}
    for rates in tax.values():
        rates["municipality_ratio"] = str(rates["municipality_ratio"])
    return {
        "policy": data["policy"],
        "allocation_tax": {
            **tax,
            "non_grant_bodies": {int(y): codes for y, codes in data["non_grant_bodies"].items()},
        },
        "calendar": {
            int(year): [{k: v for k, v in event.items() if v is not None} for event in events]
            for year, events in data["calendar"].items()
        },
        # How Japanese outputs for people write dates and negative amounts (README: `output`).
        "output": data["output"],
    }


def dump_config(config: Config, output_format: str, lang: str = "en") -> str:
    """The configuration in ``output_format`` (yaml or json), with where it came from: in
    ``lang`` in YAML's heading comment (for people); JSON is for tools, in English."""
    from lgotp_cli.i18n import note_words

    document = config_document(config)
    if output_format == "json":
        source = str(config.source) if config.source else note_words.BUILT_IN_DEFAULTS.en
        return (
            json.dumps({"source": source, **document}, ensure_ascii=False, indent=2, default=str)
            + "\n"
        )
    import yaml

    output = {"output": document.pop("output")}
    body = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, default_flow_style=None)
    style = yaml.safe_dump(output, allow_unicode=True, sort_keys=False, default_flow_style=False)
    source = str(config.source) if config.source else note_words.BUILT_IN_DEFAULTS(lang)
    heading = note_words.CONFIG_HEADING(lang, source=source)
    return f"{heading}\n{body}{note_words.CONFIG_OUTPUT_KEYS(lang)}{style}"
