import os

from django.http import JsonResponse
from django.utils.crypto import constant_time_compare


def fleet_status(request):
    token = request.headers.get("X-Fleet-Token", "")
    if not constant_time_compare(token, os.environ["FLEET_TOKEN"]):
        return JsonResponse({"error": "forbidden"}, status=403)
    return JsonResponse({"cabs_online": 42})
