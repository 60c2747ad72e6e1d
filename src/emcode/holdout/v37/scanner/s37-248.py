from django.http import JsonResponse

from .models import Accession

FILTERABLE = {"species", "country", "year_collected"}


def filter_accessions(request):
    lookups = {k: v for k, v in request.GET.items() if k in FILTERABLE}
    ids = list(Accession.objects.filter(**lookups).values_list("pk", flat=True)[:500])
    return JsonResponse({"ids": ids})
