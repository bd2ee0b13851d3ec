'use strict';
// util.parseArgs, following Node 20's lib/internal/util/parse_args (ES5).

var errors = require('internal/errors');
var hasOwn = Object.prototype.hasOwnProperty;

function objectGetOwn(obj, prop) {
  if (obj && hasOwn.call(obj, prop)) return obj[prop];
  return undefined;
}

function optionsGetOwn(options, longOption, prop) {
  if (hasOwn.call(options, longOption)) return objectGetOwn(options[longOption], prop);
  return undefined;
}

function parseError(code, message) {
  return errors.makeError(TypeError, code, message);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw errors.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateArray(value, name) {
  if (!Array.isArray(value)) throw errors.ERR_INVALID_ARG_TYPE(name, 'Array', value);
}

function validateTypedArray(value, name, check, type) {
  validateArray(value, name);
  for (var i = 0; i < value.length; i++) {
    if (!check(value[i])) throw errors.ERR_INVALID_ARG_TYPE(name + '[' + i + ']', type, value[i]);
  }
}

function getMainArgs() {
  var argv = (typeof process === 'object' && process.argv) || [];
  return argv.slice(2);
}

function isOptionValue(value) {
  return value != null;
}

function isOptionLikeValue(value) {
  if (value == null) return false;
  return value.length > 1 && value.charAt(0) === '-';
}

function isLoneShortOption(arg) {
  return arg.length === 2 && arg.charAt(0) === '-' && arg.charAt(1) !== '-';
}

function isLoneLongOption(arg) {
  return arg.length > 2 && arg.slice(0, 2) === '--' && arg.indexOf('=', 3) === -1;
}

function isLongOptionAndValue(arg) {
  return arg.length > 2 && arg.slice(0, 2) === '--' && arg.indexOf('=', 3) !== -1;
}

function findLongOptionForShort(shortOption, options) {
  var keys = Object.keys(options);
  for (var i = 0; i < keys.length; i++) {
    if (objectGetOwn(options[keys[i]], 'short') === shortOption) return keys[i];
  }
  return shortOption;
}

function isShortOptionGroup(arg, options) {
  if (arg.length <= 2) return false;
  if (arg.charAt(0) !== '-') return false;
  if (arg.charAt(1) === '-') return false;
  var longOption = findLongOptionForShort(arg.charAt(1), options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

function isShortOptionAndValue(arg, options) {
  if (arg.length <= 2) return false;
  if (arg.charAt(0) !== '-') return false;
  if (arg.charAt(1) === '-') return false;
  var longOption = findLongOptionForShort(arg.charAt(1), options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

function argsToTokens(args, options) {
  var tokens = [];
  var index = -1;
  var groupCount = 0;
  var remainingArgs = args.slice();
  while (remainingArgs.length > 0) {
    var arg = remainingArgs.shift();
    var nextArg = remainingArgs[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index: index });
      for (var r = 0; r < remainingArgs.length; r++) {
        tokens.push({ kind: 'positional', index: ++index, value: remainingArgs[r] });
      }
      break;
    }

    var shortOption, longOption, value, inlineValue;
    if (isLoneShortOption(arg)) {
      shortOption = arg.charAt(1);
      longOption = findLongOptionForShort(shortOption, options);
      value = undefined;
      inlineValue = undefined;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remainingArgs.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index: index, value: value, inlineValue: inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      var expanded = [];
      for (var i = 1; i < arg.length; i++) {
        shortOption = arg.charAt(i);
        longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push('-' + shortOption);
        } else {
          expanded.push('-' + arg.slice(i));
          break;
        }
      }
      remainingArgs = expanded.concat(remainingArgs);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      shortOption = arg.charAt(1);
      longOption = findLongOptionForShort(shortOption, options);
      tokens.push({ kind: 'option', name: longOption, rawName: '-' + shortOption, index: index, value: arg.slice(2), inlineValue: true });
      continue;
    }

    if (isLoneLongOption(arg)) {
      longOption = arg.slice(2);
      value = undefined;
      inlineValue = undefined;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remainingArgs.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index: index, value: value, inlineValue: inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      var equalIndex = arg.indexOf('=');
      longOption = arg.slice(2, equalIndex);
      tokens.push({ kind: 'option', name: longOption, rawName: '--' + longOption, index: index, value: arg.slice(equalIndex + 1), inlineValue: true });
      continue;
    }

    tokens.push({ kind: 'positional', index: index, value: arg });
  }
  return tokens;
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    var example = token.rawName.slice(0, 2) === '--' ?
      "'" + token.rawName + "=-XYZ'" :
      "'--" + token.name + "=-XYZ' or '" + token.rawName + "-XYZ'";
    throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      "Option '" + token.rawName + "' argument is ambiguous.\n" +
      "Did you forget to specify the option argument for '" + token.rawName + "'?\n" +
      'To specify an option argument starting with a dash use ' + example + '.');
  }
}

function checkOptionUsage(config, token) {
  if (!hasOwn.call(config.options || {}, token.name)) {
    var suggest = config.allowPositionals ?
      ". To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- " +
      JSON.stringify(token.rawName) : '';
    throw parseError('ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '" + token.rawName + "'" + suggest);
  }
  var short = optionsGetOwn(config.options, token.name, 'short');
  var shortAndLong = (short ? '-' + short + ', ' : '') + '--' + token.name;
  var type = optionsGetOwn(config.options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + shortAndLong + " <value>' argument missing");
  }
  if (type === 'boolean' && token.value != null) {
    throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + shortAndLong + "' does not take an argument");
  }
}

function storeOption(longOption, optionValue, options, values) {
  if (longOption === '__proto__') return;
  var newValue = optionValue != null ? optionValue : true;
  if (optionsGetOwn(options, longOption, 'multiple')) {
    if (values[longOption] === undefined) values[longOption] = [newValue];
    else values[longOption].push(newValue);
  } else {
    values[longOption] = newValue;
  }
}

function parseArgs(config) {
  if (config === undefined) config = {};
  var args = objectGetOwn(config, 'args');
  if (args == null) args = getMainArgs();
  var strict = objectGetOwn(config, 'strict');
  if (strict == null) strict = true;
  var allowPositionals = objectGetOwn(config, 'allowPositionals');
  if (allowPositionals == null) allowPositionals = !strict;
  var returnTokens = objectGetOwn(config, 'tokens');
  if (returnTokens == null) returnTokens = false;
  var options = objectGetOwn(config, 'options');
  if (options == null) options = Object.create(null);

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  errors.validateObject(options, 'options');
  var names = Object.keys(options);
  var n, longOption, optionConfig;
  for (n = 0; n < names.length; n++) {
    longOption = names[n];
    optionConfig = options[longOption];
    errors.validateObject(optionConfig, 'options.' + longOption);
    var type = objectGetOwn(optionConfig, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw errors.ERR_INVALID_ARG_TYPE('options.' + longOption + '.type', "('string|boolean')", type);
    }
    if (hasOwn.call(optionConfig, 'short')) {
      var shortOption = optionConfig.short;
      errors.validateString(shortOption, 'options.' + longOption + '.short');
      if (shortOption.length !== 1) {
        throw errors.ERR_INVALID_ARG_VALUE('options.' + longOption + '.short', shortOption, 'must be a single character');
      }
    }
    var multipleOption = objectGetOwn(optionConfig, 'multiple');
    if (hasOwn.call(optionConfig, 'multiple')) validateBoolean(multipleOption, 'options.' + longOption + '.multiple');
    var defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      var dname = 'options.' + longOption + '.default';
      if (type === 'string') {
        if (multipleOption) validateTypedArray(defaultValue, dname, function (v) { return typeof v === 'string'; }, 'string');
        else errors.validateString(defaultValue, dname);
      } else if (multipleOption) {
        validateTypedArray(defaultValue, dname, function (v) { return typeof v === 'boolean'; }, 'boolean');
      } else {
        validateBoolean(defaultValue, dname);
      }
    }
  }

  var tokens = argsToTokens(args, options);
  var result = { values: Object.create(null), positionals: [] };
  if (returnTokens) result.tokens = tokens;
  var cfg = { options: options, allowPositionals: objectGetOwn(config, 'allowPositionals') };
  for (var t = 0; t < tokens.length; t++) {
    var token = tokens[t];
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(cfg, token);
        checkOptionLikeValue(token);
      }
      storeOption(token.name, token.value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw parseError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          "Unexpected argument '" + token.value + "'. This command does not take positional arguments");
      }
      result.positionals.push(token.value);
    }
  }
  for (n = 0; n < names.length; n++) {
    longOption = names[n];
    var def = objectGetOwn(options[longOption], 'default');
    if (def !== undefined && result.values[longOption] === undefined && longOption !== '__proto__') {
      result.values[longOption] = def;
    }
  }
  return result;
}

exports.parseArgs = parseArgs;
