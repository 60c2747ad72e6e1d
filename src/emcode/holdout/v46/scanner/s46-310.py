from pathlib import Path


def spool_dir(root, shop_id):
    d = Path(root) / "spool" / str(int(shop_id))
    d.mkdir(mode=0o700, parents=True, exist_ok=True)
    return d
