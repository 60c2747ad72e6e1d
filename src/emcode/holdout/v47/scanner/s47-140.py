from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .models import Client


@login_required
def client_lookup(request):
    surname = request.GET.get("surname", "")
    sql = "SELECT id, first_name, surname, phone FROM studio_client"
    where = " WHERE surname LIKE %s"
    clients = Client.objects.raw(sql + where + " ORDER BY surname", ["%" + surname + "%"])
    data = [{"id": c.id, "name": f"{c.first_name} {c.surname}"} for c in clients]
    return JsonResponse({"results": data})
