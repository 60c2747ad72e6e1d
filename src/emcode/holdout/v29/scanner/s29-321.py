from django.http import FileResponse
from django.shortcuts import get_object_or_404

from .models import RecipePrint


def recipe_pdf(request, pk):
    item = get_object_or_404(RecipePrint, pk=pk, recipe__published=True)
    return FileResponse(item.pdf.open("rb"), content_type="application/pdf",
                        filename=f"recipe-{item.recipe_id}.pdf")
