import logging
import socketserver

log = logging.getLogger("crop-gateway")


class ReadingHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode("utf-8", "replace").strip()
        device, _, value = line.partition(",")
        if not device.isalnum() or len(device) > 16:
            self.wfile.write(b"ERR device\n")
            return
        log.info("reading from device %s", device)
        try:
            v = float(value)
        except ValueError:
            self.wfile.write(b"ERR value\n")
            return
        if v < 0 or v > 100:
            log.warning("out of range reading %.1f from %s", v, dev