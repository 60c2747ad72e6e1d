import hmac
import os

from django.http import HttpResponseForbidden, JsonResponse

API_KEY = os.environ["SEEDBANK_API_KEY"]


def inventory(request):
    supplied = request.headers.get("X-Api-Key", "")
    if not hmac.compare_digest(supplied.encode(), API_KEY.encode()):
        return HttpResponseForbidden()
    return JsonResponse({"accessions": 1842})
