import re

from django.http import JsonResponse

EMAIL = re.compile(r"^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}$")


def subscribe(request):
    email = request.POST.get("email", "")[:320]
    if not EMAIL.fullmatch(email):
        return JsonResponse({"error": "invalid email"}, status=400)
    return JsonResponse({"subscribed": True})
