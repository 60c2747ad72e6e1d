import os
import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ArtifactStore:
    root: Path
    written: list = field(default_factory=list)

    def save(self, name, payload, mode=0o666):
        target = self.root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(payload, indent=2))
        os.chmod(target, mode)
        self.written.append(target)
        return target

    def save_credentials(self, registry, token):
        return self.save(f"creds/{registry}.json", {"registry": registry, "token": token})


if __name__ == "__main__":
    store = ArtifactStore(Path("build/artifacts"))
    store.save("manifest.json", {"version": "1.4.2"})
    store.save_credentials("ghcr.io", os.environ.get("CI_REGISTRY_TOKEN", ""))
