import os
import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ArtifactStore:
    root: Path
    written: list = field(default_factory=list)

    def save(self, name, payload, mode=0o600):
        target = self.root / name
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "w") as fh:
            json.dump(payload, fh, indent=2)
        self.written.append(target)
        return target

    def save_credentials(self, registry, token):
        return self.save(f"creds/{registry}.json", {"registry": registry, "token": token})


if __name__ == "__main__":
    store = ArtifactStore(Path("build/artifacts"))
    store.save("manifest.json", {"version": "1.4.2"})
    store.save_credentials("ghcr.io", os.environ.get("CI_REGISTRY_TOKEN", ""))
