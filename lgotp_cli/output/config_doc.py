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


def dump_config(config: Config, output_format: str) -> str:
    """The configuration in ``output_format`` (yaml or json), with where it came from."""
    document = config_document(config)
    source = str(config.source) if config.source else "built-in defaults (no lgotp.yaml)"
    if output_format == "json":
        return (
            json.dumps({"source": source, **document}, ensure_ascii=False, indent=2, default=str)
            + "\n"
        )
    import yaml

    output = {"output": document.pop("output")}
    body = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, default_flow_style=None)
    style = yaml.safe_dump(output, allow_unicode=True, sort_keys=False, default_flow_style=False)
    return f"# effective configuration: {source}\n{body}{OUTPUT_COMMENT}{style}"


# What the output keys mean, above them in `lgotp config` (lgotp.yaml may say the same).
OUTPUT_COMMENT = (
    "# output: how Japanese outputs for people (md, html, xlsx, the site, the returns) write\n"
    "#   dates: iso (2025-08-20) | japanese (2025年8月20日) | era (令和7年8月20日)\n"
    "#   negative: minus (-713,000円) | triangle (△713,000円)\n"
    "#   English outputs, JSON and CSV always write ISO dates and a minus sign.\n"
)
