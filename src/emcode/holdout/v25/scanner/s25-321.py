from pathlib import Path
import configparser


def init_config(home: Path, station: str) -> Path:
    cfg_dir = home / ".cropsense"
    cfg_dir.mkdir(mode=0o700, exist_ok=True)
    cfg = cfg_dir / "credentials.ini"
    cfg.touch(mode=0o600, exist_ok=False)
    parser = configparser.ConfigParser()
    parser["station"] = {"id": station}
    with cfg.open("w") as fh:
        parser.write(fh)
    return cfg
