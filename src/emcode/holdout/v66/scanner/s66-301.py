import re

from django.http import JsonResponse

EMAIL = re.compile(r"^([a-zA-Z0-9_.+-]+)*@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


def subscribe(request):
    email = request.POST.get("email", "")
    if not EMAIL.match(email):
        return JsonResponse({"error": "invalid email"}, status=400)
    return JsonResponse({"subscribed": email})
