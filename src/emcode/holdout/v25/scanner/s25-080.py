from django.http import HttpResponse
from .models import Case


def client_header(request, case_id):
    case = Case.objects.get(pk=case_id)
    client = request.GET.get("display_name", case.client_name)
    return HttpResponse("<header><h1>" + client + "</h1><span>" + case.number + "</span></header>")
