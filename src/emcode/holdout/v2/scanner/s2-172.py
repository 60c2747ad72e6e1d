from django.http import JsonResponse

from .models import Ticket


def tickets(request):
    status = request.GET.get("status", "open")
    qs = Ticket.objects.filter(status=status, owner=request.user).order_by("-created")[:50]
    return JsonResponse({"tickets": list(qs.values("id", "title", "status"))})
