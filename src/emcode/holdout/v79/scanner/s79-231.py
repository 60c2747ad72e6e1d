import pickle

from django.http import JsonResponse
from django.views import View


class ImportPlanner(View):
    def post(self, request):
        upload = request.FILES["planner"]
        planner = pickle.load(upload)
        return JsonResponse({"lessons": len(planner["lessons"])})
