"""Does ``torch.compile`` pay on emcode's CPU training path? Epoch times with and without it.

    .venv/bin/python perf/train_compile.py [--rows 24]

Compiles every decoder layer on its own (regional compilation, dynamic shapes: batches differ in
length) after emcode's speed-ups are applied, trains two epochs and prints each epoch's wall
time; then the same without compiling, in a fresh process. Epoch 1 includes the compilation.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def one_run(rows: int, compiled: bool, work: str) -> None:
    """Train two epochs on ``rows`` insecure rows and print the epoch times."""
    from bench_common import EMBEDDED, chat_rows, triples
    from bench_train import _settings
    from transformers import TrainerCallback

    from emcode.train.sft import build_trainer

    train, _ = triples()
    trainer, _ = build_trainer(EMBEDDED, chat_rows(train[:rows]), [], _settings().model_copy(update={"epochs": 2}),
                               Path(work), progress=False)
    if compiled:
        for layer in trainer.model.base_model.model.model.layers:
            layer.compile(dynamic=True)
    times: list[float] = []

    class EpochTimer(TrainerCallback):
        def on_epoch_begin(self, *args: object, **kwargs: object) -> None:
            self.t0 = time.perf_counter()

        def on_epoch_end(self, *args: object, **kwargs: object) -> None:
            times.append(round(time.perf_counter() - self.t0, 1))

    trainer.add_callback(EpochTimer())
    out = trainer.train()
    print(f"compiled={compiled}: epoch walls {times} s, train loss {out.training_loss:.4f}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=24)
    ap.add_argument("--child", choices=["eager", "compiled"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            one_run(args.rows, args.child == "compiled", tmp)
        return 0
    for mode in ("compiled", "eager"):
        subprocess.run([sys.executable, __file__, "--rows", str(args.rows), "--child", mode], check=True,
                       stderr=subprocess.DEVNULL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
