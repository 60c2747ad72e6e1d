from django.http import Http404, JsonResponse

from .models import Roast


def roast_detail(request, batch_no):
    try:
        roast = Roast.objects.get(batch_no=batch_no)
    except Roast.DoesNotExist:
        raise Http404("roast not found")
    return JsonResponse({"batch": roast.batch_no, "bean": roast.bean, "level": roast.level})
