from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Accession


def germination(request, pk):
    acc = get_object_or_404(Accession, pk=pk)
    return JsonResponse({"rate": acc.germination_rate})
