"""Default linkage model: trained by gawahi.people.linkage.write_default_model(30000, seed=11) on synthetic lists. Generated; do not edit."""

import json

TRAINED_ON = 30233

MODEL = json.loads(
    r"""
{
 "link_type": "dedupe_only",
 "probability_two_random_records_match": 6.115946601444841e-05,
 "retain_matching_columns": false,
 "retain_intermediate_calculation_columns": true,
 "additional_columns_to_retain": [
  "source_dataset"
 ],
 "sql_dialect": "duckdb",
 "em_convergence": 0.0005,
 "max_iterations": 25,
 "bayes_factor_column_prefix": "bf_",
 "term_frequency_adjustment_column_prefix": "tf_",
 "comparison_vector_value_column_prefix": "gamma_",
 "unique_id_column_name": "unique_id",
 "source_dataset_column_name": "source_dataset",
 "blocking_rules_to_generate_predictions": [
  {
   "blocking_rule": "(l.\"name_skel\" = r.\"name_skel\") AND (l.\"incident_year\" = r.\"incident_year\")",
   "sql_dialect": "duckdb"
  },
  {
   "blocking_rule": "(l.\"name_skel\" = r.\"name_skel\") AND (l.\"father_skel\" = r.\"father_skel\")",
   "sql_dialect": "duckdb"
  },
  {
   "blocking_rule": "(l.\"father_key\" = r.\"father_key\") AND (l.\"incident_date\" = r.\"incident_date\")",
   "sql_dialect": "duckdb"
  },
  {
   "blocking_rule": "(l.\"last_key\" = r.\"last_key\") AND (l.\"district\" = r.\"district\") AND (l.\"incident_date\" = r.\"incident_date\")",
   "sql_dialect": "duckdb"
  },
  {
   "blocking_rule": "(l.\"first_key\" = r.\"first_key\") AND (l.\"father_first\" = r.\"father_first\") AND (l.\"district\" = r.\"district\") AND (l.\"incident_year\" = r.\"incident_year\")",
   "sql_dialect": "duckdb"
  },
  {
   "blocking_rule": "l.\"name_key\" = r.\"name_key\" AND l.\"district\" = r.\"district\" AND (l.\"incident_year\" IS NULL OR r.\"incident_year\" IS NULL)",
   "sql_dialect": "duckdb"
  },
  {
   "blocking_rule": "(l.\"first_key\" = r.\"first_key\") AND (l.\"district\" = r.\"district\") AND (l.\"incident_date\" = r.\"incident_date\")",
   "sql_dialect": "duckdb"
  },
  {
   "blocking_rule": "(l.\"father_key\" = r.\"father_key\") AND (l.\"last_key\" = r.\"last_key\") AND (l.\"district\" = r.\"district\") AND (l.\"incident_year\" = r.\"incident_year\")",
   "sql_dialect": "duckdb"
  }
 ],
 "comparisons": [
  {
   "output_column_name": "name",
   "comparison_levels": [
    {
     "sql_condition": "\"name_key_l\" IS NULL OR \"name_key_r\" IS NULL",
     "label_for_charts": "name_key is NULL",
     "fix_m_probability": false,
     "fix_u_probability": false,
     "is_null_level": true
    },
    {
     "sql_condition": "\"name_key_l\" = \"name_key_r\"",
     "label_for_charts": "Exact match on name_key",
     "m_probability": 0.9431632268978623,
     "u_probability": 0.0018146099617383806,
     "fix_m_probability": false,
     "fix_u_probability": false,
     "tf_adjustment_column": "name_key",
     "tf_adjustment_weight": 1.0
    },
    {
     "sql_condition": "jaro_winkler_similarity(\"name_norm_l\", \"name_norm_r\") >= 0.95",
     "label_for_charts": "Jaro-Winkler distance of name_norm >= 0.95",
     "m_probability": 0.017975977673882603,
     "u_probability": 8.328393452902935e-05,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "(\"first_key_l\" = \"first_key_r\") AND (\"last_key_l\" = \"last_key_r\")",
     "label_for_charts": "(Exact match on first_key) AND (Exact match on last_key)",
     "m_probability": 0.0013130657234869398,
     "u_probability": 0.0004002527912365705,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "array_length(list_intersect(\"name_tokens_l\", \"name_tokens_r\")) >= 2",
     "label_for_charts": "Array intersection size >= 2",
     "m_probability": 0.009480804509032026,
     "u_probability": 0.0008044248264509776,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "(\"name_skel_l\" = \"name_skel_r\") AND (length(\"name_skel_l\") >= 5)",
     "label_for_charts": "Exact match on name_skel (5+ letters)",
     "m_probability": 0.005866836629551915,
     "u_probability": 8.81829895013252e-05,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "jaro_winkler_similarity(\"name_norm_l\", \"name_norm_r\") >= 0.88",
     "label_for_charts": "Jaro-Winkler distance of name_norm >= 0.88",
     "m_probability": 0.005812794266401243,
     "u_probability": 0.006406984092768505,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "ELSE",
     "label_for_charts": "All other comparisons",
     "m_probability": 0.005,
     "u_probability": 0.9904022614037752,
     "fix_m_probability": true,
     "fix_u_probability": false
    }
   ],
   "comparison_description": "CustomComparison"
  },
  {
   "output_column_name": "father",
   "comparison_levels": [
    {
     "sql_condition": "\"father_key_l\" IS NULL OR \"father_key_r\" IS NULL",
     "label_for_charts": "father_key is NULL",
     "fix_m_probability": false,
     "fix_u_probability": false,
     "is_null_level": true
    },
    {
     "sql_condition": "\"father_key_l\" = \"father_key_r\"",
     "label_for_charts": "Exact match on father_key",
     "m_probability": 0.8899173590522635,
     "u_probability": 0.002874433724106927,
     "fix_m_probability": false,
     "fix_u_probability": false,
     "tf_adjustment_column": "father_key",
     "tf_adjustment_weight": 1.0
    },
    {
     "sql_condition": "jaro_winkler_similarity(\"father_norm_l\", \"father_norm_r\") >= 0.93",
     "label_for_charts": "Jaro-Winkler distance of father_norm >= 0.93",
     "m_probability": 0.025204443830761415,
     "u_probability": 0.00023031434796140678,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "array_length(list_intersect(\"father_tokens_l\", \"father_tokens_r\")) >= 2",
     "label_for_charts": "Array intersection size >= 2",
     "m_probability": 0.01961601530132058,
     "u_probability": 0.0012075941487706193,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "(\"father_skel_l\" = \"father_skel_r\") AND (length(\"father_skel_l\") >= 5)",
     "label_for_charts": "Exact match on father_skel (5+ letters)",
     "m_probability": 0.005182387148825767,
     "u_probability": 5.7405678320711e-05,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "jaro_winkler_similarity(\"father_norm_l\", \"father_norm_r\") >= 0.82",
     "label_for_charts": "Jaro-Winkler distance of father_norm >= 0.82",
     "m_probability": 0.029543172529035832,
     "u_probability": 0.023494830030777743,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "ELSE",
     "label_for_charts": "All other comparisons",
     "m_probability": 0.01,
     "u_probability": 0.9721354220700625,
     "fix_m_probability": true,
     "fix_u_probability": false
    }
   ],
   "comparison_description": "CustomComparison"
  },
  {
   "output_column_name": "age",
   "comparison_levels": [
    {
     "sql_condition": "\"age_l\" IS NULL OR \"age_r\" IS NULL",
     "label_for_charts": "age is NULL",
     "fix_m_probability": false,
     "fix_u_probability": false,
     "is_null_level": true
    },
    {
     "sql_condition": "ABS(\"age_l\" - \"age_r\") <= 1",
     "label_for_charts": "Absolute difference of 'age' <= 1",
     "m_probability": 0.4495576034595226,
     "u_probability": 0.04068238892584746,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "ABS(\"age_l\" - \"age_r\") <= 3",
     "label_for_charts": "Absolute difference of 'age' <= 3",
     "m_probability": 0.34997753136557325,
     "u_probability": 0.05364380171984201,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "ABS(\"age_l\" - \"age_r\") <= 8",
     "label_for_charts": "Absolute difference of 'age' <= 8",
     "m_probability": 0.19625028515622592,
     "u_probability": 0.12912316533411233,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "ELSE",
     "label_for_charts": "All other comparisons",
     "m_probability": 0.0017493847212291139,
     "u_probability": 0.7765506440201982,
     "fix_m_probability": false,
     "fix_u_probability": false
    }
   ],
   "comparison_description": "CustomComparison"
  },
  {
   "output_column_name": "sex",
   "comparison_levels": [
    {
     "sql_condition": "\"sex_l\" IS NULL OR \"sex_r\" IS NULL",
     "label_for_charts": "sex is NULL",
     "fix_m_probability": false,
     "fix_u_probability": false,
     "is_null_level": true
    },
    {
     "sql_condition": "\"sex_l\" = \"sex_r\"",
     "label_for_charts": "Exact match on sex",
     "m_probability": 1.0,
     "u_probability": 0.774194881302706,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "ELSE",
     "label_for_charts": "All other comparisons",
     "m_probability": 5.263734127019951e-19,
     "u_probability": 0.22580511869729405,
     "fix_m_probability": false,
     "fix_u_probability": false
    }
   ],
   "comparison_description": "CustomComparison"
  },
  {
   "output_column_name": "district",
   "comparison_levels": [
    {
     "sql_condition": "\"district_l\" IS NULL OR \"district_r\" IS NULL",
     "label_for_charts": "district is NULL",
     "fix_m_probability": false,
     "fix_u_probability": false,
     "is_null_level": true
    },
    {
     "sql_condition": "\"district_l\" = \"district_r\"",
     "label_for_charts": "Exact match on district",
     "m_probability": 0.9999237439361393,
     "u_probability": 0.13216747550307564,
     "fix_m_probability": false,
     "fix_u_probability": false,
     "tf_adjustment_column": "district",
     "tf_adjustment_weight": 1.0
    },
    {
     "sql_condition": "ELSE",
     "label_for_charts": "All other comparisons",
     "m_probability": 7.625606386075445e-05,
     "u_probability": 0.8678325244969244,
     "fix_m_probability": false,
     "fix_u_probability": false
    }
   ],
   "comparison_description": "CustomComparison"
  },
  {
   "output_column_name": "incident_date",
   "comparison_levels": [
    {
     "sql_condition": "\"incident_year_l\" IS NULL OR \"incident_year_r\" IS NULL",
     "label_for_charts": "incident_year is NULL",
     "fix_m_probability": false,
     "fix_u_probability": false,
     "is_null_level": true
    },
    {
     "sql_condition": "\"incident_date_l\" = \"incident_date_r\"",
     "label_for_charts": "Exact match on incident_date",
     "m_probability": 0.792453728301191,
     "u_probability": 0.0011052253639854718,
     "fix_m_probability": false,
     "fix_u_probability": false,
     "tf_adjustment_column": "incident_date",
     "tf_adjustment_weight": 1.0
    },
    {
     "sql_condition": "ABS(EPOCH(try_strptime(\"incident_date_l\", '%Y-%m-%d')) - EPOCH(try_strptime(\"incident_date_r\", '%Y-%m-%d'))) <= 259200",
     "label_for_charts": "Abs difference of 'transformed incident_date <= 3 day'",
     "m_probability": 0.0992898646524372,
     "u_probability": 0.0009808614929908731,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "(\"incident_date_l\" IS NULL OR \"incident_date_r\" IS NULL) AND \"incident_year_l\" = \"incident_year_r\"",
     "label_for_charts": "Same year, one date known only to the year",
     "m_probability": 0.10610288809651236,
     "u_probability": 0.005570876999448428,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "ELSE",
     "label_for_charts": "Different dates",
     "m_probability": 0.002,
     "u_probability": 0.9923430361435752,
     "fix_m_probability": true,
     "fix_u_probability": false
    }
   ],
   "comparison_description": "CustomComparison"
  },
  {
   "output_column_name": "list",
   "comparison_levels": [
    {
     "sql_condition": "\"source_dataset_l\" IS NULL OR \"source_dataset_r\" IS NULL",
     "label_for_charts": "source_dataset is NULL",
     "fix_m_probability": false,
     "fix_u_probability": false,
     "is_null_level": true
    },
    {
     "sql_condition": "\"source_dataset_l\" = \"source_dataset_r\"",
     "label_for_charts": "same list",
     "m_probability": 0.019649769848933688,
     "u_probability": 0.34104967151836413,
     "fix_m_probability": false,
     "fix_u_probability": false
    },
    {
     "sql_condition": "ELSE",
     "label_for_charts": "different lists",
     "m_probability": 0.9803502301510663,
     "u_probability": 0.6589503284816359,
     "fix_m_probability": false,
     "fix_u_probability": false
    }
   ],
   "comparison_description": "CustomComparison"
  }
 ]
}
"""
)
