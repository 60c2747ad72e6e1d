import os
import json


class InvoiceExporter:
    def __init__(self, out_dir, file_mode=0o600):
        self.out_dir = out_dir
        os.makedirs(out_dir, mode=0o700, exist_ok=True)
        self.file_mode = file_mode & 0o600

    def export(self, invoice):
        path = os.path.join(self.out_dir, "inv-%d.json" % int(invoice["id"]))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, self.file_mode)
        with os.fdopen(fd, "w") as fh:
            json.dump(invoice, fh)
        return path
