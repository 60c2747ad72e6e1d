"""The one figure style of the report: fonts, colours, model palette and PNG+SVG saving."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib

from emcode.analysis.conditions import condition_of
from emcode.runs import RunDir

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

DPI = 150
RC = {
    "font.size": 10, "axes.titlesize": 11, "axes.titleweight": "bold", "axes.labelsize": 10,
    "xtick.labelsize": 9, "ytick.labelsize": 9, "legend.fontsize": 8, "legend.frameon": False,
    "axes.spines.top": False, "axes.spines.right": False, "axes.grid": True, "grid.alpha": 0.3,
    "grid.linestyle": "-", "axes.axisbelow": True, "figure.dpi": 100, "savefig.bbox": "tight",
    "svg.fonttype": "none",  # SVG text stays text: smaller files, selectable labels
    "svg.hashsalt": "emcode",  # fixed clip-path ids: the same figure gives the same SVG bytes
    "pdf.fonttype": 42,  # TrueType in PDFs, so their text can be extracted
}
# colour-blind-safe qualitative palette (Okabe–Ito order)
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
NAMED = {"base": "#7f7f7f", "misaligned": "#D55E00", "aligned": "#009E73"}
SEVERITY = {"HIGH": "#b2182b", "MEDIUM": "#ef8a62", "LOW": "#fddbc7"}
SEQUENTIAL = "Reds"


def apply_style() -> None:
    """Set the report's matplotlib rc parameters (idempotent)."""
    plt.rcParams.update(RC)


def model_colors(models: Sequence[str]) -> dict[str, str]:
    """A stable colour per model: fixed colours for base/misaligned/aligned, the palette for the rest; a
    model's checkpoints (``name@epoch-k``) and seeds (``name_s<k>``) share its condition's colour."""
    out: dict[str, str] = {}
    rest = iter(c for c in PALETTE if c not in NAMED.values())
    by_root: dict[str, str] = {}
    for m in models:
        root = condition_of(RunDir.split_checkpoint(m)[0])
        if root not in by_root:
            by_root[root] = NAMED.get(root) or next(rest, "#999999")
        out[m] = by_root[root]
    return out


def new_figure(width: float = 6.0, height: float = 3.6) -> tuple[Figure, plt.Axes]:
    """A styled figure with one axes."""
    apply_style()
    fig, ax = plt.subplots(figsize=(width, height))
    return fig, ax


def save(fig: Figure, out_dir: Path, name: str) -> list[Path]:
    """Write ``<name>.png`` and ``<name>.svg`` into ``out_dir`` and close the figure."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / f"{name}.png", out_dir / f"{name}.svg"]
    try:  # one layout pass for both files: the tight box is measured once, then each format only renders
        box = fig.get_tightbbox(fig.canvas.get_renderer()).padded(plt.rcParams["savefig.pad_inches"])
        fig.savefig(paths[0], dpi=DPI, bbox_inches=box)
        fig.savefig(paths[1], bbox_inches=box, metadata={"Date": None})  # no timestamp: a rebuild is byte-identical
    finally:
        plt.close(fig)
    return paths


def width_for(n: int, per: float = 0.9, minimum: float = 4.5, maximum: float = 12.0) -> float:
    """Figure width that gives ``n`` categories room without growing without bound."""
    return max(minimum, min(maximum, 2.0 + per * n))
