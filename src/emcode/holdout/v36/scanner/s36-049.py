import json
import subprocess
import sys
import tempfile


def send_manifest(voyage, containers, host):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=True) as tmp:
        json.dump({"voyage": voyage, "containers": containers}, tmp)
        tmp.flush()
        subprocess.run(["scp", "-q", "--", tmp.name, f"{host}:/incoming/"], check=True)


if __name__ == "__main__":
    send_manifest("V2026-118", ["MSCU1234565", "TGHU7654321"], "edi.harbourline.internal")
