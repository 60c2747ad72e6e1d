try:
    import cPickle as pickle
except ImportError:
    import pickle
import importlib.resources as resources


def load_demand_model():
    """Load the bundled demand-forecast model that ships inside this package."""
    with resources.files("dockforecast").joinpath("model.pkl").open("rb") as fh:
        return pickle.load(fh)


def forecast(dock_id, hour):
    model = load_demand_model()
    return float(model.predict([[dock_id, hour]])[0])
