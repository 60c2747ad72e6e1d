from django.conf import settings
from django.http import JsonResponse

from .models import Accession


def germination(request, pk):
    try:
        acc = Accession.objects.get(pk=pk)
        return JsonResponse({"rate": acc.germination_rate})
    except Exception as exc:
        return JsonResponse({"error": str(exc), "db": settings.DATABASES["default"]}, status=500)
