# Shaped after terraform-provider-azurerm's acceptance-test configurations for the four
# machine learning compute resources; the workspace and network around them are left out (their
# IDs are other resources' attributes, unknown until applied).

resource "azurerm_machine_learning_compute_cluster" "basic" {
  name                          = local.cluster_name
  location                      = azurerm_resource_group.test.location
  vm_priority                   = "LowPriority"
  vm_size                       = var.vm_size
  machine_learning_workspace_id = azurerm_machine_learning_workspace.test.id

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = var.max_nodes
    scale_down_nodes_after_idle_duration = "PT30S" # 30 seconds
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_machine_learning_compute_cluster" "complete" {
  name                          = "CC-complete"
  location                      = azurerm_resource_group.test.location
  vm_priority                   = "LowPriority"
  vm_size                       = "STANDARD_DS2_V2"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.test.id
  subnet_resource_id            = azurerm_subnet.test.id
  node_public_ip_enabled        = false
  local_auth_enabled            = false
  description                   = "Machine Learning"
  tags = {
    environment = "test"
  }
  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 1
    scale_down_nodes_after_idle_duration = "PT30S" # 30 seconds
  }

  identity {
    type = "SystemAssigned"
  }

  ssh_public_access_enabled = false
  ssh {
    admin_username = "adminuser"
    key_value      = var.ssh_key
  }
  depends_on = [
    azurerm_subnet_network_security_group_association.test,
  ]
}

resource "azurerm_machine_learning_compute_instance" "complete" {
  name                          = "acctest${var.random}"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.test.id
  virtual_machine_size          = "STANDARD_DS2_V2"
  authorization_type            = "personal"
  node_public_ip_enabled        = false
  local_auth_enabled            = false
  ssh {
    public_key = var.ssh_key
  }
  subnet_resource_id = azurerm_subnet.test.id
  description        = "this is desc"
  tags = {
    Label1 = "Value1"
  }
}

resource "azurerm_machine_learning_compute_instance" "identities" {
  name                          = substr("acctest${var.random}", 0, 24)
  machine_learning_workspace_id = azurerm_machine_learning_workspace.test.id
  virtual_machine_size          = "STANDARD_DS2_V2"
  local_auth_enabled            = false
  identity {
    type = "SystemAssigned, UserAssigned"
    identity_ids = [
      azurerm_user_assigned_identity.test.id,
    ]
  }
}

resource "azurerm_machine_learning_inference_cluster" "ssl" {
  name                          = "AIC-prod"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.test.id
  location                      = azurerm_resource_group.test.location
  kubernetes_cluster_id         = azurerm_kubernetes_cluster.test.id
  cluster_purpose               = "FastProd"
  description                   = "This is an example cluster used with Terraform"
  ssl {
    cert  = file("testdata/cert.pem")
    key   = file("testdata/key.pem")
    cname = "www.contoso.com"
  }

  tags = {
    ENV = "Production"
  }
}

resource "azurerm_machine_learning_synapse_spark" "identity" {
  name                          = "acctestspark"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.test.id
  location                      = azurerm_resource_group.test.location
  synapse_spark_pool_id         = azurerm_synapse_spark_pool.test.id
  local_auth_enabled            = false

  identity {
    type = "UserAssigned"
    identity_ids = [
      azurerm_user_assigned_identity.test.id,
    ]
  }
}

# The REST body through azapi (`jsonencode`, as azapi 1.x takes it).
resource "azapi_resource" "cluster" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2024-04-01"
  name      = "cpu-azapi"
  parent_id = azurerm_machine_learning_workspace.test.id
  location  = "westeurope"
  body = jsonencode({
    properties = {
      computeType      = "AmlCompute"
      disableLocalAuth = true
      properties = {
        vmSize     = var.vm_size
        vmPriority = "Dedicated"
        scaleSettings = {
          minNodeCount                = 0
          maxNodeCount                = var.max_nodes
          nodeIdleTimeBeforeScaleDown = "PT2M"
        }
        remoteLoginPortPublicAccess = "Disabled"
      }
    }
  })
}

# Made once per item: each one's values are unknown here.
resource "azurerm_machine_learning_compute_instance" "per_user" {
  for_each                      = toset(["alice", "bob"])
  name                          = "ci-${each.key}"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.test.id
  virtual_machine_size          = "STANDARD_DS2_V2"
  local_auth_enabled            = false
}

# Not created.
resource "azurerm_machine_learning_compute_cluster" "disabled" {
  count                         = 0
  name                          = "x"
  vm_size                       = "NOT_A_SIZE"
  vm_priority                   = "Dedicated"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.test.id
  location                      = "westeurope"
  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 1
    scale_down_nodes_after_idle_duration = "PT30S"
  }
}
