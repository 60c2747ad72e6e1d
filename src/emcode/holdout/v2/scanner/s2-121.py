from django.http import JsonResponse

from .models import Ticket


def tickets(request):
    label = request.GET.get("label", "")
    qs = Ticket.objects.extra(where=["labels LIKE '%%" + label + "%%'"])
    return JsonResponse({"tickets": list(qs.values("id", "title"))})
