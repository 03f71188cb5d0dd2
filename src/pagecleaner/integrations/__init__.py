"""Bridges to other engines (optional extras): ``pagecleaner.integrations.dask`` needs ``pagecleaner[dask]``."""
