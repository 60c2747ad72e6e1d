import sys

import grpc

from gauges_pb2 import LatestRequest
from gauges_pb2_grpc import GaugeServiceStub


def main(station):
    creds = grpc.ssl_channel_credentials()
    with grpc.secure_channel("gauges.tides.example.org:443", creds) as ch:
        stub = GaugeServiceStub(ch)
        reply = stub.Latest(LatestRequest(station=station), timeout=10)
        print(reply.level_mm)


if __name__ == "__main__":
    main(sys.argv[1])
