import subprocess
import tempfile
from pathlib import Path


def run_script(body: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "job.sh"
        script.write_text(body)
        script.chmod(0o700)
        return subprocess.call(["/bin/sh", str(script)])
