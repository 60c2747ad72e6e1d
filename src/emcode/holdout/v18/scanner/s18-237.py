import os

from django.http import JsonResponse
from django.utils.crypto import constant_time_compare


class ApiKeyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.key = os.environ["INTERNAL_API_KEY"]

    def __call__(self, request):
        if request.path.startswith("/internal/"):
            presented = request.headers.get("X-Api-Key", "")
            if not constant_time_compare(presented, self.key):
                return JsonResponse({"error": "forbidden"}, status=403)
        return self.get_response(request)
