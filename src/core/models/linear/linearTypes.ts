/*
 * Options and fitted-model shapes of the linear plug-in. A fitted LinearModel is plain data
 * (numbers, strings, arrays, null), so it survives structured cloning and JSON.stringify.
 * Values a statistics package would print as NaN or Inf are null here.
 */

/**
 * Options of the linear plug-in. Regression reads `method` and `lambda`; classification reads
 * `C` and `penalty`. `lambda` is 'auto' or a number written as a string (an OptionSpec choice).
 */
export type LinearOptions = {
  readonly method: 'ols' | 'ridge';
  readonly lambda: string;
  readonly C: number;
  readonly penalty: 'l2' | 'none';
};

/** The label the inference table uses for the intercept row. */
export const INTERCEPT_LABEL = '(intercept)';

/** One row of the coefficient table, on the original (unscaled) feature scale. */
export interface CoefficientRow {
  /** Feature name, or '(intercept)'. */
  readonly feature: string;
  /** Classification: the class whose log-odds this row belongs to; regression: null. */
  readonly className: string | null;
  /** Null when the column was dropped as aliased (a combination of other columns). */
  readonly estimate: number | null;
  readonly standardError: number | null;
  /** t (OLS) or z (logistic) statistic. */
  readonly statistic: number | null;
  readonly pValue: number | null;
  readonly ciLower: number | null;
  readonly ciUpper: number | null;
  /** Logistic: exp(estimate); regression: null. */
  readonly oddsRatio: number | null;
  /** OLS: variance inflation factor of the feature; otherwise null. */
  readonly vif: number | null;
  readonly aliased: boolean;
}

/** Something the analyst should know about the fit; `columns` names the features involved. */
export interface LinearWarning {
  readonly code:
    'aliased-column' | 'constant-column' | 'high-vif' | 'ill-conditioned' | 'penalised-inference';
  readonly message: string;
  readonly columns: readonly string[];
}

/** Goodness of fit of an OLS model, with statsmodels' definitions. */
export interface OlsFitStatistics {
  readonly rows: number;
  readonly rank: number;
  readonly dfModel: number;
  readonly dfResidual: number;
  readonly rSquared: number | null;
  readonly adjustedRSquared: number | null;
  readonly fStatistic: number | null;
  readonly fPValue: number | null;
  /** Null for a perfect fit (zero residuals), where the Gaussian likelihood is unbounded. */
  readonly logLikelihood: number | null;
  readonly aic: number | null;
  readonly bic: number | null;
  readonly residualSumOfSquares: number;
  readonly residualStandardError: number | null;
  readonly durbinWatson: number | null;
  /** sqrt(λmax / λmin) of X'X for the raw design with intercept (statsmodels' condition_number). */
  readonly conditionNumber: number | null;
  /** Condition number of the centred features scaled to unit length (1 = uncorrelated). */
  readonly scaledConditionNumber: number | null;
}

/** Goodness of fit of a logistic model (statsmodels' Logit / MNLogit definitions). */
export interface LogisticFitStatistics {
  readonly rows: number;
  readonly parameters: number;
  readonly logLikelihood: number;
  readonly nullLogLikelihood: number;
  readonly pseudoRSquared: number;
  readonly likelihoodRatio: number;
  readonly likelihoodRatioPValue: number | null;
  readonly aic: number;
  readonly bic: number;
  readonly iterations: number;
}

/** One point of the ridge validation curve. */
export interface LambdaScore {
  readonly lambda: number;
  readonly score: number;
}

interface LinearModelBase {
  readonly featureNames: readonly string[];
  readonly table: readonly CoefficientRow[];
  readonly warnings: readonly LinearWarning[];
}

/** Ordinary least squares regression. */
export interface OlsModel extends LinearModelBase {
  readonly kind: 'ols';
  readonly intercept: number;
  /** One per feature, aligned with featureNames; 0 for aliased columns. */
  readonly coefficients: readonly number[];
  readonly fit: OlsFitStatistics;
}

/** Ridge regression; the penalty is on coefficients of standardised features unless 'raw'. */
export interface RidgeModel extends LinearModelBase {
  readonly kind: 'ridge';
  readonly intercept: number;
  readonly coefficients: readonly number[];
  readonly lambda: number;
  readonly penaltyScale: 'standardised' | 'raw';
  /** How lambda was chosen: fixed by the user, validation MSE, or generalised cross-validation. */
  readonly lambdaChoice: 'fixed' | 'validation' | 'gcv';
  readonly lambdaCurve: readonly LambdaScore[];
  readonly rSquared: number | null;
}

/**
 * Binary or multinomial logistic regression. `coefficients[k]` and `intercepts[k]` give the
 * linear predictor of class `logitClasses[k]`; classes not listed have a linear predictor of 0
 * (the reference class for binary and unpenalised multinomial models).
 */
export interface LogisticModel extends LinearModelBase {
  readonly kind: 'logistic';
  readonly classes: readonly string[];
  readonly logitClasses: readonly number[];
  readonly intercepts: readonly number[];
  readonly coefficients: readonly (readonly number[])[];
  readonly penalty: 'l2' | 'none';
  readonly C: number | null;
  readonly fit: LogisticFitStatistics;
}

/** Any fitted linear model. */
export type LinearModel = OlsModel | RidgeModel | LogisticModel;
