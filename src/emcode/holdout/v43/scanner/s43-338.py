from django.conf import settings
from django.http import JsonResponse


class Ctx:
    def __init__(self, member):
        self.member = member
        self.settings = settings


def renewal_message(request):
    fmt = request.GET.get("fmt", "Hi {c.member}, your membership renews soon.")
    return JsonResponse({"message": fmt.format(c=Ctx(request.GET.get("member", "")))})
