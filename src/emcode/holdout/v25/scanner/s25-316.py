import logging
import socketserver

log = logging.getLogger("crop-gateway")


class ReadingHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode("utf-8", "replace")
        device, _, value = line.partition(",")
        log.info("reading from device %s" % device)
        try:
            v = float(value)
        except ValueError:
            self.wfile.write(b"ERR\n")
            return
        if v < 0 or v > 100:
            log.warn